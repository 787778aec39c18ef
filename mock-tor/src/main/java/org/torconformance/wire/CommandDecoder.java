package org.torconformance.wire;

import java.util.ArrayList;
import java.util.Arrays;
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
    private byte[] buf = new byte[1024];
    private int len;
    private long base;
    /** Start of the pending command in buf. */
    private int start;
    /** Start of the next unread line in buf. */
    private int lineStart;
    /** How far buf has been searched for LF. */
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
                    out.frame(new Malformed(overflowStart, ByteString.EMPTY, TOO_LONG), overflowStart, base + (i - off) + 1);
                    stopped = true;
                    return;
                }
            }
            base += n;
            return;
        }
        append(bytes, off, n);
        while (!stopped) {
            int lf = indexOfLf(Math.max(scanFrom, lineStart));
            if (lf < 0) {
                scanFrom = len;
                if (len - start >= maxLength) {
                    // Tor answers only once the line ends; until then the bytes are counted, not kept.
                    overflowing = true;
                    overflowStart = base + start;
                    base += len;
                    len = 0;
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
                if (buf[start] != '+') {
                    out.frame(command(start, lf, next, -1), base + start, base + next);
                    begin(next);
                }
            } else if (isTerminator(lineStart, lf)) {
                out.frame(command(start, indexOfLf(start), lineStart, next), base + start, base + next);
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
        return len - start;
    }

    /** The first {@code max} bytes not yet part of a complete command (what tor's input buffer starts with). */
    public ByteString pendingPrefix(int max) {
        return ByteString.of(buf, start, Math.min(max, len - start));
    }

    /** True once a too-long command was seen; tor closes the connection then. */
    public boolean isStopped() {
        return stopped;
    }

    /** Total bytes consumed into frames. */
    public long offset() {
        return base + start;
    }

    /**
     * Builds the command from buf: the first line is [start, firstLf]; for a multi-line command the
     * body is [firstLf+1, bodyEnd) and the terminator ends at {@code end}.
     */
    private Command command(int from, int firstLf, int bodyEnd, int end) {
        int keywordEnd = from;
        while (keywordEnd < firstLf && !Ascii.isSpace(buf[keywordEnd] & 0xFF)) {
            keywordEnd++;
        }
        ByteString keyword = ByteString.of(buf, from, keywordEnd - from);
        int lineEnd = firstLf > from && buf[firstLf - 1] == '\r' ? firstLf - 1 : firstLf;
        int args = keywordEnd;
        if (end >= 0) {
            // Tor skips only horizontal space here: the following lines are data, not arguments.
            while (args < lineEnd && (buf[args] == ' ' || buf[args] == '\t')) {
                args++;
            }
        } else {
            while (args < lineEnd && Ascii.isSpace(buf[args] & 0xFF)) {
                args++;
            }
        }
        ByteString arguments = ByteString.of(buf, args, Math.max(0, lineEnd - args));
        Optional<ByteString> body = end < 0
                ? Optional.empty()
                : Optional.of(DataBlock.decodeCommandBody(ByteString.of(buf, firstLf + 1, bodyEnd - firstLf - 1)));
        return new Command(keyword, arguments, body);
    }

    private void tooLong(int end, Sink out) {
        out.frame(new Malformed(base + start, ByteString.of(buf, start, Math.min(end - start, 256)), TOO_LONG),
                base + start, base + end);
        stopped = true;
        begin(len);
    }

    private boolean isTerminator(int from, int lf) {
        int n = lf - from;
        return (n == 1 && buf[from] == '.') || (n == 2 && buf[from] == '.' && buf[from + 1] == '\r');
    }

    private void begin(int at) {
        start = at;
        lineStart = at;
        scanFrom = at;
    }

    private int indexOfLf(int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(byte[] bytes, int off, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(bytes, off, buf, len, n);
        len += n;
    }

    private void compact() {
        if (start == 0) {
            return;
        }
        int shift = start;
        System.arraycopy(buf, shift, buf, 0, len - shift);
        len -= shift;
        base += shift;
        start = 0;
        lineStart -= shift;
        scanFrom -= shift;
        if (buf.length > 64 * 1024 && len < buf.length / 4) {
            buf = Arrays.copyOf(buf, Math.max(1024, len * 2));
        }
    }
}
