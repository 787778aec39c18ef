package org.torconformance.wire;

/**
 * Tor's output quoter ({@code esc_for_log}): the form tor uses for COOKIEFILE, {@code Tor=} versions,
 * SOCKS_USERNAME/PASSWORD, GETCONF values that need quoting and most "QuotedString" fields it writes.
 * Wraps in double quotes; backslash-escapes {@code \ " '}; writes LF, TAB, CR as {@code \n \t \r};
 * every other byte outside 0x20..0x7E as a three-digit octal escape. Spaces stay literal.
 */
public final class EscForLog {
    private EscForLog() {
    }

    public static ByteString escape(ByteString value) {
        ByteStringBuilder out = new ByteStringBuilder(value.length() + 2);
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            int b = value.at(i);
            switch (b) {
                case '\\', '"', '\'' -> out.append('\\').append(b);
                case '\n' -> out.append('\\').append('n');
                case '\t' -> out.append('\\').append('t');
                case '\r' -> out.append('\\').append('r');
                default -> {
                    if (Ascii.isPrint(b)) {
                        out.append(b);
                    } else {
                        out.append('\\')
                                .append('0' + (b >> 6))
                                .append('0' + ((b >> 3) & 7))
                                .append('0' + (b & 7));
                    }
                }
            }
        }
        return out.append('"').build();
    }

    public static ByteString escape(String latin1) {
        return escape(ByteString.latin1(latin1));
    }
}
