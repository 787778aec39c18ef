package org.torconformance.conformance.steps;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/** Feature text to bytes: {@code \r \n \t \0 \\ \xHH} escapes; other text is taken as UTF-8. */
final class Text {
    private Text() {
    }

    static ByteString bytes(String s) {
        ByteString utf8 = ByteString.utf8(s);
        ByteStringBuilder out = new ByteStringBuilder(utf8.length());
        for (int i = 0; i < utf8.length(); i++) {
            int b = utf8.at(i);
            if (b != '\\' || i + 1 >= utf8.length()) {
                out.append(b);
                continue;
            }
            int e = utf8.at(++i);
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append(0);
                case '\\' -> out.append('\\');
                case 'x' -> {
                    out.append(Integer.parseInt(utf8.slice(i + 1, i + 3).latin1(), 16));
                    i += 2;
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.build();
    }

    /** Doc strings hold reply lines one per line; on the wire they end in CRLF. */
    static ByteString wireLines(String docString) {
        ByteStringBuilder out = new ByteStringBuilder();
        for (String line : docString.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            out.append(bytes(line)).crlf();
        }
        return out.build();
    }

    static String show(ByteString b) {
        return "\"" + b + "\"";
    }
}
