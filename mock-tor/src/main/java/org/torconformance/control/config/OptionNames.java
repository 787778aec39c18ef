package org.torconformance.control.config;

import java.util.Comparator;

/** How tor compares option names: {@code strcasecmp}, folding ASCII letters only. */
final class OptionNames {
    /** tor's sort order for its option table (the order of {@code config/names} and of prefix matching). */
    static final Comparator<String> ORDER = (a, b) -> fold(a).compareTo(fold(b));

    private OptionNames() {
    }

    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) (c + 32));
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean equalsIgnoreCase(String a, String b) {
        return a.length() == b.length() && fold(a).equals(fold(b));
    }

    /** {@code strncasecmp(key, name, strlen(key)) == 0}. */
    static boolean isPrefixOf(String key, String name) {
        return name.length() >= key.length() && fold(name).startsWith(fold(key));
    }
}
