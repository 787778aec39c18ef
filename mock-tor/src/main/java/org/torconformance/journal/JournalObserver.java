package org.torconformance.journal;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.control.SessionObserver;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/** Journals one control session: bytes both ways, commands, and the replies and events written. */
public final class JournalObserver implements SessionObserver {
    private final Journal journal;
    private final long connection;
    private final ReplyDecoder decoder = new ReplyDecoder();

    public JournalObserver(Journal journal, long connection, String port, String remote) {
        this.journal = journal;
        this.connection = connection;
        journal.append(new JournalEntry.Opened(connection, journal.now(), port, remote));
    }

    @Override
    public void received(ByteString bytes) {
        journal.append(new JournalEntry.Received(connection, journal.now(), bytes));
    }

    @Override
    public void command(Command command) {
        journal.append(new JournalEntry.CommandReceived(connection, journal.now(), command));
    }

    @Override
    public void sent(ByteString bytes) {
        List<ReplyFrame> frames = new ArrayList<>();
        byte[] b = bytes.toByteArray();
        decoder.feed(b, 0, b.length, (f, s, e) -> frames.add(f));
        journal.append(new JournalEntry.Sent(connection, journal.now(), bytes, frames));
    }

    @Override
    public void closed() {
        journal.append(new JournalEntry.Closed(connection, journal.now()));
    }
}
