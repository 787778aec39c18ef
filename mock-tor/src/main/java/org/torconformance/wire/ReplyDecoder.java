package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Incremental decoder for what tor sends: feed it bytes split anywhere, get whole replies and
 * events back. It never throws on bad input and never wedges: anything it cannot frame comes out
 * as a {@link Malformed} and decoding resumes at the next line.
 *
 * <p>Rules beyond the grammar: every line must end in CRLF outside data blocks; a 6xx line inside
 * a non-6xx reply (or the reverse) ends the partial reply as malformed, because tor never writes an
 * event between the lines of a reply; a data block followed by a line with a different status code
 * is tor's "data block and no end line" bug, reported as malformed so the next reply decodes
 * normally. A partial reply still pending when the input ends, or when the caller gives up waiting,
 * comes out of {@link #finish()}.
 */
public final class ReplyDecoder {
    private final PendingBytes in = new PendingBytes(4096);
    /** Where the current (partial) reply starts in the pending bytes. */
    private int frameStart;
    /** Where the next line starts in the pending bytes. */
    private int lineStart;
    /** How far the pending bytes have been searched for LF. */
    private int scanFrom;

    private final List<ReplyLine> lines = new ArrayList<>();
    private boolean inData;
    private int dataStatus;
    private ByteString dataText;
    private int dataStart;
    /** Status of the data line just completed, or -1 when the last line was not a data line. */
    private int afterDataStatus = -1;

    /** Receives each frame with the stream offsets of its first byte and just past its last. */
    @FunctionalInterface
    public interface Sink {
        void frame(ReplyFrame frame, long start, long end);
    }

    /** Decodes {@code n} more bytes and returns the frames they completed, in order. */
    public List<ReplyFrame> feed(byte[] bytes, int off, int n) {
        List<ReplyFrame> out = new ArrayList<>();
        feed(bytes, off, n, (f, start, end) -> out.add(f));
        return out;
    }

    /** Decodes {@code n} more bytes, handing each completed frame to {@code sink} as it completes. */
    public void feed(byte[] bytes, int off, int n, Sink sink) {
        in.append(bytes, off, n);
        decode(sink);
        compact();
    }

    public List<ReplyFrame> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    public List<ReplyFrame> feed(ByteString bytes) {
        return feed(bytes.toByteArray());
    }

    /** True when no partial reply or unterminated line is pending. */
    public boolean isIdle() {
        return in.len == frameStart && lines.isEmpty() && !inData;
    }

    /** Total bytes consumed into frames so far. */
    public long offset() {
        return in.base + frameStart;
    }

    /**
     * Ends the input (EOF, or the caller's own timeout): whatever is pending is returned as a
     * {@link Malformed} and the decoder starts afresh.
     */
    public List<ReplyFrame> finish() {
        List<ReplyFrame> out = new ArrayList<>();
        finish((f, start, end) -> out.add(f));
        return out;
    }

    public void finish(Sink out) {
        if (!isIdle()) {
            String reason;
            if (inData) {
                reason = "input ended inside a data block";
            } else if (afterDataStatus >= 0) {
                reason = "reply ended with a data block and no end line";
            } else if (!lines.isEmpty()) {
                reason = "input ended inside a reply";
            } else {
                reason = "input ended inside an unterminated line";
            }
            emitMalformed(out, in.len, reason);
            resetFrame(in.len);
        }
        compact();
    }

    private void decode(Sink out) {
        while (true) {
            int lf = in.indexOfLf(Math.max(scanFrom, lineStart));
            if (lf < 0) {
                scanFrom = in.len;
                return;
            }
            int next = lf + 1;
            scanFrom = next;
            if (inData) {
                if (in.isDotLine(lineStart, lf)) {
                    ByteString data = DataBlock.decodeReplyData(ByteString.of(in.buf, dataStart, lineStart - dataStart));
                    lines.add(new ReplyLine.Data(dataStatus, dataText, data));
                    inData = false;
                    afterDataStatus = dataStatus;
                }
                lineStart = next;
                scanFrom = next;
                continue;
            }
            decodeLine(lf, next, out);
        }
    }

    private void decodeLine(int lf, int next, Sink out) {
        int contentEnd = lf - 1;
        String bad = null;
        if (lf == lineStart || in.buf[lf - 1] != '\r') {
            bad = "line not terminated by CRLF";
        } else if (contentEnd - lineStart < 4 || !isStatusLine(lineStart)) {
            bad = "line does not start with a three-digit status and one of '-', '+', ' '";
        }
        if (bad != null) {
            if (!lines.isEmpty()) {
                emitMalformed(out, lineStart, afterDataStatus >= 0 ? "reply ended with a data block and no end line"
                        : "reply cut short by a malformed line");
                resetFrame(lineStart);
            }
            emitMalformed(out, next, bad);
            resetFrame(next);
            return;
        }
        int status = (in.buf[lineStart] - '0') * 100 + (in.buf[lineStart + 1] - '0') * 10 + (in.buf[lineStart + 2] - '0');
        char sep = (char) in.buf[lineStart + 3];
        if (!lines.isEmpty()) {
            boolean wasEvent = lines.get(0).status() / 100 == 6;
            boolean isEvent = status / 100 == 6;
            String reason = null;
            if (afterDataStatus >= 0 && status != afterDataStatus) {
                reason = "reply ended with a data block and no end line";
            } else if (wasEvent != isEvent) {
                reason = wasEvent ? "a reply line inside an event" : "an event line inside a reply";
            }
            if (reason != null) {
                emitMalformed(out, lineStart, reason);
                resetFrame(lineStart);
            }
        }
        afterDataStatus = -1;
        ByteString text = ByteString.of(in.buf, lineStart + 4, contentEnd - lineStart - 4);
        switch (sep) {
            case '-' -> {
                lines.add(new ReplyLine.Mid(status, text));
                lineStart = next;
            }
            case '+' -> {
                inData = true;
                dataStatus = status;
                dataText = text;
                dataStart = next;
                lineStart = next;
                scanFrom = next;
            }
            default -> {
                lines.add(new ReplyLine.End(status, text));
                out.frame(new Reply(lines), in.base + frameStart, in.base + next);
                resetFrame(next);
            }
        }
    }

    private boolean isStatusLine(int at) {
        return Ascii.isDigit(in.buf[at]) && Ascii.isDigit(in.buf[at + 1]) && Ascii.isDigit(in.buf[at + 2])
                && (in.buf[at + 3] == '-' || in.buf[at + 3] == '+' || in.buf[at + 3] == ' ');
    }


    private void emitMalformed(Sink out, int end, String reason) {
        out.frame(new Malformed(in.base + frameStart, ByteString.of(in.buf, frameStart, end - frameStart), reason, lines),
                in.base + frameStart, in.base + end);
    }

    private void resetFrame(int at) {
        lines.clear();
        inData = false;
        afterDataStatus = -1;
        frameStart = at;
        lineStart = at;
        scanFrom = at;
    }

    /** Drops bytes of frames already emitted, so memory stays proportional to one pending reply. */
    private void compact() {
        int shift = frameStart;
        in.drop(shift);
        frameStart -= shift;
        lineStart -= shift;
        scanFrom -= shift;
        dataStart -= shift;
    }
}
