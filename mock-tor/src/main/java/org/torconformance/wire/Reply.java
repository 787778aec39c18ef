package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete reply, or an asynchronous event (status 6xx): zero or more mid and data lines and one
 * end line. Lines may carry different status codes (MAPADDRESS mixes 512 and 250).
 */
public record Reply(List<ReplyLine> lines) implements ReplyFrame {
    public Reply {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least an end line");
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i) instanceof ReplyLine.End) {
                throw new IllegalArgumentException("only the last line of a reply may be an end line (line " + i + ")");
            }
        }
        if (!(lines.get(lines.size() - 1) instanceof ReplyLine.End)) {
            throw new IllegalArgumentException("the last line of a reply must be an end line");
        }
    }

    public static Reply of(int status, String text) {
        return new Reply(List.of(ReplyLine.end(status, text)));
    }

    public static Reply ok() {
        return of(250, "OK");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The end line's status: what the reply as a whole means. */
    public int status() {
        return end().status();
    }

    public ReplyLine.End end() {
        return (ReplyLine.End) lines.get(lines.size() - 1);
    }

    public ReplyLine first() {
        return lines.get(0);
    }

    /** Asynchronous event lines carry a 6xx status. */
    public boolean isEvent() {
        return first().status() / 100 == 6;
    }

    /** 2xx: 250, and also 251 and 252, which controllers must treat as success. */
    public boolean isSuccess() {
        return status() / 100 == 2;
    }

    public ByteString encode() {
        return ReplyEncoder.encode(this);
    }

    static void checkStatus(int status) {
        if (status < 0 || status > 999) {
            throw new IllegalArgumentException("status code must have three digits: " + status);
        }
    }

    @Override
    public String toString() {
        return encode().toString();
    }

    public static final class Builder {
        private final List<ReplyLine> lines = new ArrayList<>();

        public Builder mid(int status, ByteString text) {
            lines.add(new ReplyLine.Mid(status, text));
            return this;
        }

        public Builder mid(int status, String text) {
            return mid(status, ByteString.latin1(text));
        }

        public Builder data(int status, ByteString text, ByteString data) {
            lines.add(new ReplyLine.Data(status, text, data));
            return this;
        }

        public Builder data(int status, String text, String data) {
            return data(status, ByteString.latin1(text), ByteString.latin1(data));
        }

        public Builder line(ReplyLine line) {
            lines.add(line);
            return this;
        }

        public Reply end(int status, ByteString text) {
            lines.add(new ReplyLine.End(status, text));
            return new Reply(lines);
        }

        public Reply end(int status, String text) {
            return end(status, ByteString.latin1(text));
        }
    }
}
