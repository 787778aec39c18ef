package org.torconformance.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.torconformance.cli.Json;
import java.util.HashMap;
import java.util.Map;
import org.torconformance.journal.JournalEntry;
import org.torconformance.journal.Redaction;
import org.torconformance.wire.ByteString;
import org.torconformance.transcript.TranscriptReport;
import org.torconformance.wire.Command;

/**
 * JSON shapes of the admin API. Byte values follow {@link Json#bytes}. Secrets never leave the
 * process: every byte value goes through {@link Redaction}, one stream per connection and direction.
 */
final class JournalJson {
    private JournalJson() {
    }

    /** Redaction streams for one listing of the journal, so a secret split between reads is still found. */
    static final class Streams {
        private final Map<String, Redaction.Stream> streams = new HashMap<>();

        ByteString redact(long connection, boolean fromClient, ByteString bytes) {
            return streams.computeIfAbsent(connection + (fromClient ? ">" : "<"), k -> new Redaction.Stream()).redact(bytes);
        }
    }

    static ObjectNode entry(JournalEntry e, Streams streams) {
        ObjectNode o = Json.object().put("connection", e.connection()).put("nanos", e.nanos());
        if (e instanceof JournalEntry.Opened op) {
            o.put("kind", "opened").put("port", op.port()).put("remote", op.remote());
        } else if (e instanceof JournalEntry.Received r) {
            o.put("kind", "received");
            o.set("bytes", Json.bytes(streams.redact(e.connection(), true, r.bytes())));
        } else if (e instanceof JournalEntry.CommandReceived c) {
            o.put("kind", "command");
            o.setAll(command(c.command()));
        } else if (e instanceof JournalEntry.Sent s) {
            o.put("kind", "sent");
            o.set("bytes", Json.bytes(streams.redact(e.connection(), false, s.bytes())));
        } else {
            o.put("kind", "closed");
        }
        return o;
    }

    static ObjectNode command(Command command) {
        Command c = Redaction.redact(command);
        ObjectNode o = Json.object();
        o.set("keyword", Json.bytes(c.keyword()));
        o.set("arguments", Json.bytes(c.arguments()));
        c.body().ifPresent(b -> o.set("body", Json.bytes(b)));
        return o;
    }

    static ObjectNode report(TranscriptReport r) {
        ObjectNode o = Json.object().put("title", r.title()).put("connection", r.connection())
                .put("finished", r.finished()).put("clean", r.clean());
        ArrayNode outcomes = o.putArray("outcomes");
        for (TranscriptReport.Outcome out : r.outcomes()) {
            ObjectNode x = outcomes.addObject();
            if (out instanceof TranscriptReport.Matched m) {
                x.put("kind", "matched").put("step", m.stepIndex()).put("command", redact(m.command()));
            } else if (out instanceof TranscriptReport.Mismatch m) {
                x.put("kind", "mismatch").put("step", m.stepIndex()).put("expected", redact(m.expected())).put("actual", redact(m.actual()))
                        .put("nearest", redact(m.nearest().expected())).put("nearestStep", m.nearest().stepIndex())
                        .put("why", m.nearest().reason());
            } else if (out instanceof TranscriptReport.Unexpected u) {
                x.put("kind", "unexpected").put("actual", redact(u.actual()));
            } else if (out instanceof TranscriptReport.NeverArrived n) {
                x.put("kind", "never-arrived").put("step", n.stepIndex()).put("expected", redact(n.expected()));
            } else if (out instanceof TranscriptReport.ClientDidNotClose c) {
                x.put("kind", "client-did-not-close").put("step", c.stepIndex());
            }
        }
        return o;
    }

    private static String redact(String text) {
        return Redaction.redact(ByteString.latin1(text)).latin1();
    }
}
