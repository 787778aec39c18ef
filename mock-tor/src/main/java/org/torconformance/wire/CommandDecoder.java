package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incremental decoder for what a controller sends, framing commands as tor's
 * {@code connection_control_process_inbuf} does: a line ends at LF (CR optional); a command whose
 * first byte is {@code +} continues until a line that is exactly {@code .}; a command of
 * {@link #MAX_COMMAND_LENGTH} bytes or more is refused as too long once its line ends (tor waits
 * for the LF; the decoder keeps counting but stops storing, so memory stays bounded). After a
 * too-long command the decoder stops: tor closes the connection there.
 */
public final class CommandDecoder {
    /** Tor's MAX_COMMAND_LINE_LENGTH: 1 MiB, counting a multi-line command's data. */
    public static final int MAX_COMMAND_LENGTH = 1024 * 1024;

    public static final String TOO_LONG = "command is 1 MiB or longer";

    private final int maxLength;
    private final PendingBytes in = new PendingBytes(1024);
    /** Start of the pending command in the pending bytes. */
    private int start;
    /** Start of the next unread line in the pending bytes. */
    private int lineStart;
    /** How far the pending bytes have been searched for LF. */
    private int scanFrom;
    private boolean stopped;
    /** A command already too long whose line has not ended yet: its bytes are counted, not kept. */
    private boolean overflowing;
    private long overflowStart;

    public CommandDecoder() {
        this(MAX_COMMAND_LENGTH);
    }

    public CommandDecoder(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Receives each frame with the stream offsets of its first byte and just past its last. */
    @FunctionalInterface
    public interface Sink {
        void frame(CommandFrame frame, long start, long end);
    }

    public List<CommandFrame> feed(byte[] bytes, int off, int n) {
        List<CommandFrame> out = new ArrayList<>();
        feed(bytes, off, n, (f, start, end) -> out.add(f));
        return out;
    }

    public void feed(byte[] bytes, int off, int n, Sink out) {
        if (stopped) {
            return;
        }
        if (overflowing) {
            for (int i = off; i < off + n; i++) {
                if (bytes[i] == '\n') {
                    out.frame(new Malformed(overflowStart, ByteString.EMPTY, TOO_LONG), overflowStart, in.base + (i - off) + 1);
                    stopped = true;
                    return;
                }
            }
            in.base += n;
            return;
        }
        in.append(bytes, off, n);
        while (!stopped) {
            int lf = in.indexOfLf(Math.max(scanFrom, lineStart));
            if (lf < 0) {
                scanFrom = in.len;
                if (in.len - start >= maxLength) {
                    // Tor answers only once the line ends; until then the bytes are counted, not kept.
                    overflowing = true;
                    overflowStart = in.base + start;
                    in.skipAll();
                    begin(0);
                }
                break;
            }
            int next = lf + 1;
            scanFrom = next;
            if (next - start >= maxLength) {
                tooLong(next, out);
                break;
            }
            if (lineStart == start) {
                lineStart = next;
                if (in.buf[start] != '+') {
                    out.frame(command(start, lf, next, -1), in.base + start, in.base + next);
                    begin(next);
                }
            } else if (in.isDotLine(lineStart, lf)) {
                out.frame(command(start, in.indexOfLf(start), lineStart, next), in.base + start, in.base + next);
                begin(next);
            } else {
                lineStart = next;
            }
        }
        compact();
    }

    public List<CommandFrame> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    public List<CommandFrame> feed(ByteString bytes) {
        return feed(bytes.toByteArray());
    }

    /** Bytes received but not yet part of a complete command. */
    public int pendingBytes() {
        return in.len - start;
    }

    /** The first {@code max} bytes not yet part of a complete command (what tor's input buffer starts with). */
    public ByteString pendingPrefix(int max) {
        return ByteString.of(in.buf, start, Math.min(max, in.len - start));
    }

    /** True once a too-long command was seen; tor closes the connection then. */
    public boolean isStopped() {
        return stopped;
    }

    /** Total bytes consumed into frames. */
    public long offset() {
        return in.base + start;
    }

    /**
     * Builds the command from the pending bytes: the first line is [start, firstLf]; for a multi-line command the
     * body is [firstLf+1, bodyEnd) and the terminator ends at {@code end}.
     */
    private Command command(int from, int firstLf, int bodyEnd, int end) {
        int keywordEnd = from;
        while (keywordEnd < firstLf && !Ascii.isSpace(in.buf[keywordEnd] & 0xFF)) {
            keywordEnd++;
        }
        ByteString keyword = ByteString.of(in.buf, from, keywordEnd - from);
        int lineEnd = firstLf > from && in.buf[firstLf - 1] == '\r' ? firstLf - 1 : firstLf;
        int args = keywordEnd;
        if (end >= 0) {
            // Tor skips only horizontal space here: the following lines are data, not arguments.
            while (args < lineEnd && (in.buf[args] == ' ' || in.buf[args] == '\t')) {
                args++;
            }
        } else {
            while (args < lineEnd && Ascii.isSpace(in.buf[args] & 0xFF)) {
                args++;
            }
        }
        ByteString arguments = ByteString.of(in.buf, args, Math.max(0, lineEnd - args));
        Optional<ByteString> body = end < 0
                ? Optional.empty()
                : Optional.of(DataBlock.decodeCommandBody(ByteString.of(in.buf, firstLf + 1, bodyEnd - firstLf - 1)));
        return new Command(keyword, arguments, body);
    }

    private void tooLong(int end, Sink out) {
        out.frame(new Malformed(in.base + start, ByteString.of(in.buf, start, Math.min(end - start, 256)), TOO_LONG),
                in.base + start, in.base + end);
        stopped = true;
        begin(in.len);
    }

    private void begin(int at) {
        start = at;
        lineStart = at;
        scanFrom = at;
    }

    private void compact() {
        int shift = start;
        in.drop(shift);
        start -= shift;
        lineStart -= shift;
        scanFrom -= shift;
    }
}
