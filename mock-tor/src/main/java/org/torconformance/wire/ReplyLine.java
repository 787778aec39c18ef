package org.torconformance.wire;

/**
 * One line of a reply: {@code NNN-text} (mid), {@code NNN+text} followed by a data block, or
 * {@code NNN text} (end). Texts exclude the status, separator and CRLF.
 */
public sealed interface ReplyLine {
    int status();

    ByteString text();

    char separator();

    /** The same line with other text. */
    default ReplyLine withText(ByteString text) {
        if (this instanceof Mid m) {
            return new Mid(m.status(), text);
        } else if (this instanceof Data d) {
            return new Data(d.status(), text, d.data());
        }
        return new End(status(), text);
    }

    record Mid(int status, ByteString text) implements ReplyLine {
        public Mid {
            Reply.checkStatus(status);
        }

        @Override
        public char separator() {
            return '-';
        }
    }

    /** {@code data} is the decoded value (see {@link DataBlock}). */
    record Data(int status, ByteString text, ByteString data) implements ReplyLine {
        public Data {
            Reply.checkStatus(status);
        }

        @Override
        public char separator() {
            return '+';
        }
    }

    record End(int status, ByteString text) implements ReplyLine {
        public End {
            Reply.checkStatus(status);
        }

        @Override
        public char separator() {
            return ' ';
        }
    }

    static ReplyLine mid(int status, String text) {
        return new Mid(status, ByteString.latin1(text));
    }

    static ReplyLine data(int status, String text, String data) {
        return new Data(status, ByteString.latin1(text), ByteString.latin1(data));
    }

    static ReplyLine end(int status, String text) {
        return new End(status, ByteString.latin1(text));
    }
}
