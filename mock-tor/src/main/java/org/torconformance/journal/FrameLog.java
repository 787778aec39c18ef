package org.torconformance.journal;

import static org.torconformance.wire.Ascii.isDigit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/**
 * The replies and events in one connection's {@link JournalEntry.Sent} entries, decoded only when
 * someone asks: decoding every write on the reactor cost a third of its time per reply, and most
 * runs never look. Decoding is in write order, with one decoder per connection, so a reply split
 * over two writes belongs to the entry that completes it. The usual write, whole replies made at a
 * reply boundary, is marked decodable alone as it is added and never queued (queueing it cost 8% of
 * the reactor's pipelined throughput). A queued entry the journal drops before anyone decoded it is
 * let go by the same test, or else decoded then, to keep the decoder in step.
 */
final class FrameLog {
    private final ReplyDecoder decoder = new ReplyDecoder();
    private final ArrayDeque<JournalEntry.Sent> undecoded = new ArrayDeque<>();

    synchronized void add(JournalEntry.Sent s) {
        if (undecoded.isEmpty() && decoder.isIdle() && isWholeReplies(s.bytes())) {
            s.standalone = true; // the usual write: decodable alone, no need to queue it
        } else {
            undecoded.add(s);
        }
    }

    synchronized List<ReplyFrame> framesOf(JournalEntry.Sent s) {
        if (s.standalone && s.decoded == null) {
            s.decoded = frames(new ReplyDecoder(), s);
        }
        while (s.decoded == null) {
            decode(undecoded.poll());
        }
        return s.decoded;
    }

    /** The journal dropped {@code s}, the oldest entry of this connection it still held. */
    synchronized void dropped(JournalEntry.Sent s) {
        if (s.decoded != null || s.standalone) {
            return;
        }
        if (undecoded.peek() == s && decoder.isIdle() && isWholeReplies(s.bytes())) {
            undecoded.poll();
            s.standalone = true; // whole replies: decodable alone, should anyone still hold it
        } else {
            framesOf(s);
        }
    }

    /**
     * True if {@code b}, written at a reply boundary, holds whole replies: it ends with an end line
     * and opens no data block (whose lines could look like an end line before its terminator).
     */
    private static boolean isWholeReplies(ByteString b) {
        return endsWithEndLine(b) && !opensDataBlock(b);
    }

    private static boolean opensDataBlock(ByteString b) {
        for (int i = 3, n = b.length(); i < n; i++) {
            if (b.at(i) == '+' && (i == 3 || b.at(i - 4) == '\n') && isDigit(b.at(i - 3)) && isDigit(b.at(i - 2)) && isDigit(b.at(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithEndLine(ByteString b) {
        int n = b.length();
        if (n < 6 || b.at(n - 1) != '\n' || b.at(n - 2) != '\r') {
            return false;
        }
        int start = n - 2;
        while (start > 0 && b.at(start - 1) != '\n') {
            start--;
        }
        return n - start >= 6 && isDigit(b.at(start)) && isDigit(b.at(start + 1)) && isDigit(b.at(start + 2)) && b.at(start + 3) == ' ';
    }


    private void decode(JournalEntry.Sent s) {
        s.decoded = frames(decoder, s);
    }

    private static List<ReplyFrame> frames(ReplyDecoder decoder, JournalEntry.Sent s) {
        List<ReplyFrame> frames = new ArrayList<>();
        byte[] b = s.bytes().toByteArray();
        decoder.feed(b, 0, b.length, (f, start, end) -> frames.add(f));
        return List.copyOf(frames);
    }
}
