package org.torconformance.conformance.socks;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Bytes as features write them: hex pairs separated by spaces, with text in single quotes for hostnames
 * and the like ({@code 05 f0 00 03 0b 'mapped.test' 00 00}); inside quotes {@code \r \n \t \0 \\ \'} are
 * escapes and every other character is one Latin-1 byte.
 */
public final class HexText {
    private HexText() {
    }

    public static byte[] parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                i = quoted(text, i + 1, out);
            } else if (i + 1 < text.length() && isHex(c) && isHex(text.charAt(i + 1))) {
                out.write(Integer.parseInt(text.substring(i, i + 2), 16));
                i += 2;
            } else {
                throw new IllegalArgumentException("not hex pairs or 'text' at position " + i + " of \"" + text + "\"");
            }
        }
        return out.toByteArray();
    }

    /** {@code 05 01 00}: lower-case hex pairs separated by spaces. */
    public static String format(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    private static int quoted(String text, int start, ByteArrayOutputStream out) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                out.write(switch (e) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '0' -> 0;
                    case '\\', '\'' -> e;
                    default -> throw new IllegalArgumentException("unknown escape \\" + e + " in \"" + text + "\"");
                });
            } else if (c > 0xff) {
                throw new IllegalArgumentException("'" + c + "' is not a Latin-1 byte in \"" + text + "\"");
            } else {
                out.write(c);
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed quote in \"" + text + "\"");
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
