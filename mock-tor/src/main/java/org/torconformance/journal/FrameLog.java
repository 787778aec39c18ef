package org.torconformance.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/**
 * The replies and events in one connection's {@link JournalEntry.Sent} entries, decoded only when
 * someone asks (or the journal drops the entry): decoding every write on the reactor cost a third
 * of its time per reply, and most runs never look. Decoding is in write order, with one decoder per
 * connection, so a reply split over two writes belongs to the entry that completes it.
 */
final class FrameLog {
    private final ReplyDecoder decoder = new ReplyDecoder();
    private final ArrayDeque<JournalEntry.Sent> undecoded = new ArrayDeque<>();

    synchronized void add(JournalEntry.Sent s) {
        undecoded.add(s);
    }

    synchronized List<ReplyFrame> framesOf(JournalEntry.Sent s) {
        while (s.decoded == null) {
            decode(undecoded.poll());
        }
        return s.decoded;
    }

    private void decode(JournalEntry.Sent s) {
        List<ReplyFrame> frames = new ArrayList<>();
        byte[] b = s.bytes().toByteArray();
        decoder.feed(b, 0, b.length, (f, start, end) -> frames.add(f));
        s.decoded = List.copyOf(frames);
    }
}
