package org.torconformance.socks.wire;

/** Tor's {@code esc_for_log}: the quoting tor applies to client-supplied text in log lines and events. */
final class TorEscape {
    private TorEscape() {
    }

    /** Quotes {@code latin1} (one char per byte) the way tor does, including the surrounding quotes. */
    static String forLog(String latin1) {
        StringBuilder out = new StringBuilder(latin1.length() + 2).append('"');
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            switch (c) {
                case '\\', '"', '\'' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append('\\').append(String.format("%03o", c & 0xff));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
