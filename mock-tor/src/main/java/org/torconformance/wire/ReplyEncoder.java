package org.torconformance.wire;

/** Writes replies and events as tor does: {@code "%03d%c%s\r\n"} per line, data blocks per {@link DataBlock}. */
public final class ReplyEncoder {
    private ReplyEncoder() {
    }

    public static ByteString encode(Reply reply) {
        ByteStringBuilder out = new ByteStringBuilder(64);
        encode(reply, out);
        return out.build();
    }

    public static void encode(Reply reply, ByteStringBuilder out) {
        for (ReplyLine line : reply.lines()) {
            encodeLine(line, out);
        }
    }

    /** A reply line's text cannot hold LF: it would end the line. (A lone CR is allowed, as tor echoes one.) */
    public static void encodeLine(ReplyLine line, ByteStringBuilder out) {
        if (line.text().contains('\n')) {
            throw new IllegalArgumentException("reply line text contains LF: " + line.text());
        }
        out.appendStatus(line.status()).append(line.separator()).append(line.text()).crlf();
        if (line instanceof ReplyLine.Data d) {
            DataBlock.encode(d.data(), out);
        }
    }
}
