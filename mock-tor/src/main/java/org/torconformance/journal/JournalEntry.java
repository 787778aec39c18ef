package org.torconformance.journal;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.ReplyFrame;

/**
 * One thing that happened on a connection. {@code nanos} is monotonic time ({@link System#nanoTime})
 * relative to the journal's start; {@code connection} numbers connections in accept order.
 */
public sealed interface JournalEntry {
    long connection();

    long nanos();

    record Opened(long connection, long nanos, String port, String remote) implements JournalEntry {
    }

    /** Bytes the client sent, as they arrived (one read). */
    record Received(long connection, long nanos, ByteString bytes) implements JournalEntry {
    }

    /** A complete command the client sent, as tor frames it. */
    record CommandReceived(long connection, long nanos, Command command) implements JournalEntry {
    }

    /** Bytes the mock wrote, and the replies/events they complete (decoded on first use). */
    final class Sent implements JournalEntry {
        private final long connection;
        private final long nanos;
        private final ByteString bytes;
        private final FrameLog log;
        /** Set by the log, under its lock. */
        List<ReplyFrame> decoded;
        /** Dropped undecoded on a reply boundary: decoded alone if asked. */
        boolean standalone;

        Sent(long connection, long nanos, ByteString bytes, FrameLog log) {
            this.connection = connection;
            this.nanos = nanos;
            this.bytes = bytes;
            this.log = log;
        }

        @Override
        public long connection() {
            return connection;
        }

        @Override
        public long nanos() {
            return nanos;
        }

        public ByteString bytes() {
            return bytes;
        }

        public List<ReplyFrame> frames() {
            return log.framesOf(this);
        }

        /** {@code standalone} only ever turns true and the log checks again under its lock, so the usual entry skips the lock. */
        void dropped() {
            if (!standalone) {
                log.dropped(this);
            }
        }

        @Override
        public String toString() {
            return "Sent[connection=" + connection + ", nanos=" + nanos + ", bytes=" + bytes + "]";
        }
    }

    record Closed(long connection, long nanos) implements JournalEntry {
    }
}
