package org.torconformance.wire;

/**
 * CmdData, the dot-stuffed data blocks of {@code NNN+} reply lines and {@code +COMMAND}s, exactly
 * as tor writes ({@code write_escaped_data}) and reads ({@code read_escaped_data}) them.
 *
 * <p>Decoding reply data follows what controllers present: the block's lines, each without its
 * line ending and with one leading dot removed, joined by LF, with no trailing LF. Because tor's
 * encoder folds several values onto the same bytes (CRLF and LF, a trailing LF, an empty value and
 * a lone CRLF), {@link #normalize} says what a reader gets back for a given value.
 */
public final class DataBlock {
    private DataBlock() {
    }

    /**
     * Writes {@code value} the way tor does, terminator included: LF becomes CRLF except a LF that
     * is the first byte (tor's leading-LF quirk, which leaves a bare LF on the wire); a dot at the
     * start of a line is doubled; a lone CR passes through; CRLF is added if the output does not
     * already end with one; then {@code .CRLF}.
     */
    public static void encode(ByteString value, ByteStringBuilder out) {
        int start = out.length();
        boolean startOfLine = true;
        for (int i = 0; i < value.length(); i++) {
            int b = value.at(i);
            if (b == '\n') {
                if (i > 0 && value.at(i - 1) != '\r') {
                    out.append('\r');
                }
                startOfLine = true;
            } else if (b == '.') {
                if (startOfLine) {
                    startOfLine = false;
                    out.append('.');
                }
            } else {
                startOfLine = false;
            }
            out.append(b);
        }
        int n = out.length() - start;
        if (n < 2 || out.at(out.length() - 2) != '\r' || out.at(out.length() - 1) != '\n') {
            out.crlf();
        }
        out.append('.').crlf();
    }

    public static ByteString encode(ByteString value) {
        ByteStringBuilder out = new ByteStringBuilder(value.length() + 8);
        encode(value, out);
        return out.build();
    }

    /**
     * Decodes a reply's data block: {@code wire} holds the block's lines with their line endings,
     * without the terminating {@code .} line.
     */
    public static ByteString decodeReplyData(ByteString wire) {
        ByteStringBuilder out = new ByteStringBuilder(wire.length());
        int i = 0;
        boolean first = true;
        while (i < wire.length()) {
            int lf = wire.indexOf('\n', i);
            int lineEnd = lf < 0 ? wire.length() : lf;
            int contentEnd = lf > i && wire.at(lf - 1) == '\r' ? lf - 1 : lineEnd;
            if (!first) {
                out.append('\n');
            }
            first = false;
            int from = i < contentEnd && wire.at(i) == '.' ? i + 1 : i;
            for (int k = from; k < contentEnd; k++) {
                out.append(wire.at(k));
            }
            i = lf < 0 ? wire.length() : lf + 1;
        }
        return out.build();
    }

    /**
     * Tor's {@code read_escaped_data}, for the body of a {@code +COMMAND} (without its terminating
     * {@code .} line): one leading dot removed per line, CRLF and LF become LF, a lone CR is kept,
     * and every complete line keeps its LF.
     */
    public static ByteString decodeCommandBody(ByteString wire) {
        ByteStringBuilder out = new ByteStringBuilder(wire.length());
        int i = 0;
        while (i < wire.length()) {
            if (wire.at(i) == '.') {
                i++;
            }
            int lf = wire.indexOf('\n', i);
            if (lf < 0) {
                for (int k = i; k < wire.length(); k++) {
                    out.append(wire.at(k));
                }
                break;
            }
            int contentEnd = lf > i && wire.at(lf - 1) == '\r' ? lf - 1 : lf;
            for (int k = i; k < contentEnd; k++) {
                out.append(wire.at(k));
            }
            out.append('\n');
            i = lf + 1;
        }
        return out.build();
    }

    /** What a controller decodes after tor encodes {@code value}. */
    public static ByteString normalize(ByteString value) {
        ByteString wire = encode(value);
        return decodeReplyData(wire.slice(0, wire.length() - 3));
    }

    /**
     * The nearest value that survives tor's encoding unchanged ({@code normalize(v) == v}): no CR
     * before LF and no trailing LF (except the value that is a single LF). A reply with several
     * trailing LFs loses one per trip, so this repeats {@link #normalize} until nothing changes.
     */
    public static ByteString canonical(ByteString value) {
        ByteString v = value;
        while (true) {
            ByteString n = normalize(v);
            if (n.equals(v)) {
                return v;
            }
            v = n;
        }
    }
}
