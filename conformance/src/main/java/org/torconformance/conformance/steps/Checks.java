package org.torconformance.conformance.steps;

import org.torconformance.wire.ByteString;

/** Assertions for the glue: every failure says what was expected and what was observed. */
final class Checks {
    private Checks() {
    }

    static void that(boolean ok, String expectedVsObserved) {
        if (!ok) {
            throw new AssertionError(expectedVsObserved);
        }
    }

    /** A Java string (each char one byte, as the suite reads library text) shown with escapes. */
    static String show(String s) {
        if (s == null) {
            return "nothing";
        }
        String shown = "\"" + ByteString.latin1(safeLatin1(s)) + "\"";
        return shown.length() <= LIMIT ? shown : shown.substring(0, LIMIT) + "... (" + s.length() + " chars)";
    }

    /** Long values (a 100 kB line) are cut in messages, which end up in the reports. */
    private static final int LIMIT = 400;

    /** Library text may hold characters above U+00FF (stem's U+FFFD); show those as \\u escapes. */
    private static String safeLatin1(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c <= 0xFF ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }
}
