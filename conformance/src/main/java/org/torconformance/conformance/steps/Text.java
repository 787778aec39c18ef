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

    /**
     * Feature text as text for a library's API: escapes applied, bytes read as UTF-8 (so "café"
     * is four characters, which the library encodes as it does for its users).
     */
    static String string(String s) {
        return new String(bytes(s).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether a library's text is the expected bytes: read one char per byte (a driver's bytes,
     * Latin-1) or decoded as UTF-8 (a library that decodes text).
     */
    static boolean sameText(String actual, String expected) {
        if (actual == null) {
            return false;
        }
        return actual.equals(bytes(expected).latin1()) || actual.equals(string(expected));
    }

    /**
     * Doc strings hold wire lines one per line; on the wire each ends in CRLF. Blank lines count (a
     * data block's empty value is one); only a trailing newline of the doc string itself does not.
     */
    static ByteString wireLines(String docString) {
        ByteStringBuilder out = new ByteStringBuilder();
        String text = docString.endsWith("\n") ? docString.substring(0, docString.length() - 1) : docString;
        for (String line : text.split("\n", -1)) {
            out.append(bytes(line)).crlf();
        }
        return out.build();
    }

    static String show(ByteString b) {
        return "\"" + b + "\"";
    }
}
