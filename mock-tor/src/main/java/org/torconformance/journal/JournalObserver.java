package org.torconformance.journal;

import org.torconformance.control.SessionObserver;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/** Journals one control session: bytes both ways, commands, and the replies and events written. */
public final class JournalObserver implements SessionObserver {
    private final Journal journal;
    private final long connection;
    private final FrameLog frames = new FrameLog();

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
        JournalEntry.Sent s = new JournalEntry.Sent(connection, journal.now(), bytes, frames);
        frames.add(s);
        journal.append(s);
    }

    @Override
    public void closed() {
        journal.append(new JournalEntry.Closed(connection, journal.now()));
    }
}
