package org.torconformance.conformance.steps;

import java.util.HashMap;
import java.util.Map;
import org.torconformance.client.RawControlClient;
import org.torconformance.journal.Journal;
import org.torconformance.journal.JournalEntry;
import org.torconformance.journal.Redaction;
import org.torconformance.wire.ByteString;

/**
 * A case's conversation as text: one line per write, {@code C>} client, {@code S<} server, escaped.
 * Secrets (cookies, passwords, nonces, private keys) are redacted, as they go into reports: each
 * direction of each connection has its own {@link Redaction.Stream}, so a secret split across two
 * writes is still caught.
 */
final class WireLog {
    private record Direction(long connection, boolean fromClient) {
    }

    private WireLog() {
    }

    static String of(Journal journal) {
        StringBuilder sb = new StringBuilder();
        Map<Direction, Redaction.Stream> redactions = new HashMap<>();
        for (JournalEntry e : journal.entries()) {
            String t = String.format("%9.3f ms #%d ", e.nanos() / 1e6, e.connection());
            if (e instanceof JournalEntry.Received r) {
                ByteString clear = redactions.computeIfAbsent(new Direction(e.connection(), true), d -> new Redaction.Stream())
                        .redact(r.bytes());
                sb.append(t).append("C> ").append(escape(clear)).append('\n');
            } else if (e instanceof JournalEntry.Sent s) {
                ByteString clear = redactions.computeIfAbsent(new Direction(e.connection(), false), d -> new Redaction.Stream())
                        .redact(s.bytes());
                sb.append(t).append("S< ").append(escape(clear)).append('\n');
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
        Redaction.Stream sent = new Redaction.Stream();
        Redaction.Stream received = new Redaction.Stream();
        for (RawControlClient.LogEntry e : raw.log()) {
            ByteString clear = (e.sent() ? sent : received).redact(e.bytes());
            sb.append(String.format("%9.3f ms ", e.nanos() / 1e6)).append(e.sent() ? "C> " : "S< ").append(escape(clear)).append('\n');
        }
        return sb.toString();
    }

    static String escape(ByteString b) {
        return b.toString();
    }
}
