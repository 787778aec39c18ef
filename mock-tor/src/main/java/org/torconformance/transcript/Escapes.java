package org.torconformance.transcript;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * The escapes of the transcript format: {@code \r \n \t \0 \\ \xHH}. Text outside ASCII in the file
 * is taken as its UTF-8 bytes; the writer escapes every byte that is not printable ASCII, and a
 * leading or trailing space, so files survive editors.
 */
final class Escapes {
    private Escapes() {
    }

    static ByteString decode(String text, int line) {
        ByteString utf8 = ByteString.utf8(text);
        ByteStringBuilder out = new ByteStringBuilder(utf8.length());
        for (int i = 0; i < utf8.length(); i++) {
            int b = utf8.at(i);
            if (b != '\\') {
                out.append(b);
                continue;
            }
            if (i + 1 >= utf8.length()) {
                throw new TranscriptFormatException(line, "a backslash at the end of the line (write \\\\ for a backslash)");
            }
            int e = utf8.at(++i);
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append(0);
                case '\\' -> out.append('\\');
                case 'x' -> {
                    int h1 = i + 1 < utf8.length() ? Character.digit(utf8.at(i + 1), 16) : -1;
                    int h2 = i + 2 < utf8.length() ? Character.digit(utf8.at(i + 2), 16) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw new TranscriptFormatException(line, "\\x needs two hex digits");
                    }
                    out.append(h1 << 4 | h2);
                    i += 2;
                }
                default -> throw new TranscriptFormatException(line, "unknown escape \\" + (char) e);
            }
        }
        return out.build();
    }

    static String encode(ByteString bytes) {
        StringBuilder sb = new StringBuilder(bytes.length() + 8);
        for (int i = 0; i < bytes.length(); i++) {
            int b = bytes.at(i);
            boolean edgeSpace = b == ' ' && (i == 0 || i == bytes.length() - 1);
            switch (b) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (b < 0x20 || b >= 0x7F || edgeSpace) {
                        sb.append(String.format("\\x%02x", b));
                    } else {
                        sb.append((char) b);
                    }
                }
            }
        }
        return sb.toString();
    }
}
