package org.torconformance.wire;

/** Writes commands as a well-behaved controller does: CRLF line endings, dot-stuffed bodies. */
public final class CommandEncoder {
    private CommandEncoder() {
    }

    public static ByteString encode(Command command) {
        ByteStringBuilder out = new ByteStringBuilder(command.keyword().length() + command.arguments().length() + 8);
        encode(command, out);
        return out.build();
    }

    public static void encode(Command command, ByteStringBuilder out) {
        if (command.arguments().contains('\n')) {
            throw new IllegalArgumentException("command arguments contain LF: " + command.arguments());
        }
        out.append(command.keyword());
        if (!command.arguments().isEmpty()) {
            out.append(' ').append(command.arguments());
        }
        out.crlf();
        command.body().ifPresent(body -> encodeBody(body, out));
    }

    /**
     * The inverse of tor's {@code read_escaped_data} for bodies that end in LF and hold no CRLF:
     * each line gets CRLF and a doubled leading dot; an empty body is just the terminator.
     */
    public static void encodeBody(ByteString body, ByteStringBuilder out) {
        int i = 0;
        while (i < body.length()) {
            int lf = body.indexOf('\n', i);
            int end = lf < 0 ? body.length() : lf;
            if (body.at(i) == '.') {
                out.append('.');
            }
            for (int k = i; k < end; k++) {
                out.append(body.at(k));
            }
            out.crlf();
            i = end + 1;
        }
        out.append('.').crlf();
    }
}
