package org.torconformance.wire;

/** Writes replies and events as tor does: {@code "%03d%c%s\r\n"} per line, data blocks per {@link DataBlock}. */
public final class ReplyEncoder {
    private ReplyEncoder() {
    }

    public static ByteString encode(Reply reply) {
        ByteStringBuilder out = new ByteStringBuilder(sizeHint(reply));
        encode(reply, out);
        return out.build();
    }

    /** Enough for the usual reply in one allocation: growing by doubling cost events three copies each. */
    private static int sizeHint(Reply reply) {
        int n = 0;
        for (ReplyLine line : reply.lines()) {
            n += line.text().length() + 6;
            if (line instanceof ReplyLine.Data d) {
                n += d.data().length() + d.data().length() / 32 + 5;
            }
        }
        return n;
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
        encodeLineAsPrinted(line, out);
    }

    /**
     * The line as tor's printf writes it, an LF in the text included (which splits the line): only for
     * reproducing tor's malformed output.
     */
    public static void encodeLineAsPrinted(ReplyLine line, ByteStringBuilder out) {
        out.appendStatus(line.status()).append(line.separator()).append(line.text()).crlf();
        if (line instanceof ReplyLine.Data d) {
            DataBlock.encode(d.data(), out);
        }
    }
}
