package org.torconformance.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.torconformance.cli.Json;
import org.torconformance.journal.JournalEntry;
import org.torconformance.transcript.TranscriptReport;
import org.torconformance.wire.Command;

/** JSON shapes of the admin API. Byte values follow {@link Json#bytes}. */
final class JournalJson {
    private JournalJson() {
    }

    static ObjectNode entry(JournalEntry e) {
        ObjectNode o = Json.object().put("connection", e.connection()).put("nanos", e.nanos());
        if (e instanceof JournalEntry.Opened op) {
            o.put("kind", "opened").put("port", op.port()).put("remote", op.remote());
        } else if (e instanceof JournalEntry.Received r) {
            o.put("kind", "received");
            o.set("bytes", Json.bytes(r.bytes()));
        } else if (e instanceof JournalEntry.CommandReceived c) {
            o.put("kind", "command");
            o.setAll(command(c.command()));
        } else if (e instanceof JournalEntry.Sent s) {
            o.put("kind", "sent");
            o.set("bytes", Json.bytes(s.bytes()));
        } else {
            o.put("kind", "closed");
        }
        return o;
    }

    static ObjectNode command(Command c) {
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
                x.put("kind", "matched").put("step", m.stepIndex()).put("command", m.command());
            } else if (out instanceof TranscriptReport.Mismatch m) {
                x.put("kind", "mismatch").put("step", m.stepIndex()).put("expected", m.expected()).put("actual", m.actual())
                        .put("nearest", m.nearest().expected()).put("nearestStep", m.nearest().stepIndex())
                        .put("why", m.nearest().reason());
            } else if (out instanceof TranscriptReport.Unexpected u) {
                x.put("kind", "unexpected").put("actual", u.actual());
            } else if (out instanceof TranscriptReport.NeverArrived n) {
                x.put("kind", "never-arrived").put("step", n.stepIndex()).put("expected", n.expected());
            } else if (out instanceof TranscriptReport.ClientDidNotClose c) {
                x.put("kind", "client-did-not-close").put("step", c.stepIndex());
            }
        }
        return o;
    }
}
