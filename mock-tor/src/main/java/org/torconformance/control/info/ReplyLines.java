package org.torconformance.control.info;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.DataBlock;

/**
 * Tor's {@code control_write_reply_lines}: a list of reply lines, each either {@code key=value}
 * (GETINFO answers) or a bare message (errors, the final OK). A line whose value holds a CR or LF
 * becomes {@code NNN+key=} and a data block, even when it is the last line, in which case the
 * reply has no end line (tor's own malformed output for an unknown key containing a CR).
 */
final class ReplyLines {
    /** One line; {@code key} is null for a bare message. */
    record Line(int status, ByteString key, ByteString value) {
        static Line keyValue(int status, ByteString key, ByteString value) {
            return new Line(status, key, value);
        }

        static Line message(int status, ByteString text) {
            return new Line(status, null, text);
        }

        static Line message(int status, String text) {
            return message(status, ByteString.latin1(text));
        }
    }

    private ReplyLines() {
    }

    /**
     * @param nullForUnsafeKeys write {@code (null)} for a key tor's kvline encoder refuses, as tor
     *                          does by passing its NULL result to printf; otherwise the key as is
     */
    static ByteString encode(List<Line> lines, boolean nullForUnsafeKeys) {
        ByteStringBuilder out = new ByteStringBuilder(64);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            ByteString key = line.key() == null ? ByteString.EMPTY : line.key();
            out.appendStatus(line.status());
            if (hasLineBreak(line.value())) {
                out.append('+').append(key).append('=').crlf();
                DataBlock.encode(line.value(), out);
                continue;
            }
            out.append(i == lines.size() - 1 ? ' ' : '-');
            if (line.key() == null) {
                out.append(line.value());
            } else if (nullForUnsafeKeys && needsQuoting(line.key())) {
                out.append("(null)");
            } else {
                out.append(line.key()).append('=').append(line.value());
            }
            out.crlf();
        }
        return out.build();
    }

    /** Tor's kvline {@code needs_escape} for a key: empty, '=', quotes, spaces, control and 8-bit bytes. */
    static boolean needsQuoting(ByteString key) {
        if (key.isEmpty()) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            int b = key.at(i);
            if (b <= ' ' || b >= 127 || b == '=' || b == '"' || b == '\'') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLineBreak(ByteString value) {
        for (int i = 0; i < value.length(); i++) {
            int c = value.at(i);
            if (c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
