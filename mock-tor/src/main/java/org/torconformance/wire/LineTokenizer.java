package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits reply and event text into words: on spaces, except inside double quotes (where a
 * backslash escapes the next byte), so {@code SUMMARY="Loading relay descriptors"} and tor's
 * double-quoted {@code DATA=""\006\001""} each stay one word. Never fails: an unterminated quote
 * runs to the end of the text.
 */
public final class LineTokenizer {
    private LineTokenizer() {
    }

    public static List<ByteString> tokens(ByteString text) {
        List<ByteString> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.at(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean quoted = false;
            while (i < n && (quoted || text.at(i) != ' ')) {
                int b = text.at(i);
                if (quoted && b == '\\' && i + 1 < n) {
                    i += 2;
                    continue;
                }
                if (b == '"') {
                    quoted = !quoted;
                }
                i++;
            }
            out.add(text.slice(start, i));
        }
        return out;
    }
}
