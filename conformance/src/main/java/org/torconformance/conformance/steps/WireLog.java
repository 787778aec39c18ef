package org.torconformance.conformance.steps;

import org.torconformance.client.RawControlClient;
import org.torconformance.journal.Journal;
import org.torconformance.journal.JournalEntry;
import org.torconformance.wire.ByteString;

/** A case's conversation as text: one line per write, {@code C>} client, {@code S<} server, escaped. */
final class WireLog {
    private WireLog() {
    }

    static String of(Journal journal) {
        StringBuilder sb = new StringBuilder();
        for (JournalEntry e : journal.entries()) {
            String t = String.format("%9.3f ms #%d ", e.nanos() / 1e6, e.connection());
            if (e instanceof JournalEntry.Received r) {
                sb.append(t).append("C> ").append(escape(r.bytes())).append('\n');
            } else if (e instanceof JournalEntry.Sent s) {
                sb.append(t).append("S< ").append(escape(s.bytes())).append('\n');
            } else if (e instanceof JournalEntry.Opened) {
                sb.append(t).append("-- connected\n");
            } else if (e instanceof JournalEntry.Closed) {
                sb.append(t).append("-- closed\n");
            }
        }
        return sb.toString();
    }

    static String ofRaw(RawControlClient raw) {
        StringBuilder sb = new StringBuilder();
        for (RawControlClient.LogEntry e : raw.log()) {
            sb.append(String.format("%9.3f ms ", e.nanos() / 1e6)).append(e.sent() ? "C> " : "S< ").append(escape(e.bytes())).append('\n');
        }
        return sb.toString();
    }

    static String escape(ByteString b) {
        return b.toString();
    }
}
