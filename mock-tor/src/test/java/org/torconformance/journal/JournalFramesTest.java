package org.torconformance.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;

/** Frames of journalled writes are decoded on demand, and stay right when the journal drops entries. */
class JournalFramesTest {
    private static List<JournalEntry.Sent> sent(Journal j) {
        return j.entries().stream().filter(e -> e instanceof JournalEntry.Sent).map(e -> (JournalEntry.Sent) e).toList();
    }

    private static List<String> texts(List<ReplyFrame> frames) {
        return frames.stream().map(f -> ((Reply) f).encode().latin1()).toList();
    }

    @Test
    void wholeRepliesSurviveEvictionAndAreDecodedWhenAsked() {
        Journal j = new Journal(2);
        JournalObserver o = new JournalObserver(j, 1, "9051", "remote");
        List<JournalEntry.Sent> early = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            o.sent(ByteString.latin1("250 OK " + i + "\r\n"));
            early.addAll(sent(j));
        }
        List<JournalEntry.Sent> kept = sent(j);
        assertEquals(List.of("250 OK 3\r\n"), texts(kept.get(0).frames()));
        assertEquals(List.of("250 OK 4\r\n"), texts(kept.get(1).frames()));
        assertEquals(List.of("250 OK 0\r\n"), texts(early.get(0).frames()), "an entry held after it was dropped");
    }

    @Test
    void aReplySplitOverWritesIsDecodedWithItsStartEvenWhenTheStartWasDropped() {
        Journal j = new Journal(2);
        JournalObserver o = new JournalObserver(j, 1, "9051", "remote");
        o.sent(ByteString.latin1("250-version=0.4.9.11\r\n"));
        o.sent(ByteString.latin1("250 OK\r\n"));
        o.sent(ByteString.latin1("650 CIRC 1 BUILT\r\n"));
        List<JournalEntry.Sent> kept = sent(j);
        assertEquals(List.of("250-version=0.4.9.11\r\n250 OK\r\n"), texts(kept.get(0).frames()));
        assertEquals(List.of("650 CIRC 1 BUILT\r\n"), texts(kept.get(1).frames()));
    }

    @Test
    void aDataBlockWhoseLineLooksLikeAnEndLineWaitsForItsTerminator() {
        Journal j = new Journal(10);
        JournalObserver o = new JournalObserver(j, 1, "9051", "remote");
        o.sent(ByteString.latin1("250+config-text=\r\n250 OK\r\n"));
        o.sent(ByteString.latin1(".\r\n250 OK\r\n"));
        List<JournalEntry.Sent> kept = sent(j);
        assertEquals(List.of(), texts(kept.get(0).frames()), "the first write completes nothing");
        assertEquals(List.of("250+config-text=\r\n250 OK\r\n.\r\n250 OK\r\n"), texts(kept.get(1).frames()));
    }
}
