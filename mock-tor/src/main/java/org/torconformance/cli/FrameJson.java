package org.torconformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.CircMinorEvent;
import org.torconformance.wire.event.ConfChangedEvent;
import org.torconformance.wire.event.HsDescEvent;
import org.torconformance.wire.event.EventArg;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;
import org.torconformance.wire.event.UnknownEvent;

/** One JSON object per decoded frame, the output format of {@code mock-tor decode}. */
final class FrameJson {
    private FrameJson() {
    }

    static ObjectNode reply(Reply r, long offset) {
        if (r.isEvent()) {
            return event(Events.parse(r), r, offset);
        }
        ObjectNode o = Json.object().put("kind", "reply").put("offset", offset).put("status", r.status());
        o.set("lines", lines(r));
        return o;
    }

    static ObjectNode event(TorEvent e, Reply r, long offset) {
        ObjectNode o = Json.object().put("kind", "event").put("offset", offset).put("type", e.type());
        ObjectNode fields = o.putObject("fields");
        ArrayNode positional = null;
        if (e instanceof UnknownEvent u) {
            u.problem().ifPresent(p -> o.put("problem", p));
        } else if (e instanceof ConfChangedEvent c) {
            ArrayNode changes = fields.putArray("changes");
            for (ConfChangedEvent.Change ch : c.changes()) {
                ObjectNode one = changes.addObject();
                one.set("key", Json.bytes(ch.key()));
                ch.value().ifPresent(v -> one.set("value", Json.bytes(v)));
            }
        } else {
            String leading = leadingPositionalName(e);
            for (RecordComponent rc : e.getClass().getRecordComponents()) {
                Object v = value(rc, e);
                if (v instanceof EventArgs args) {
                    for (int i = 0; i < args.list().size(); i++) {
                        EventArg a = args.list().get(i);
                        if (i == 0 && leading != null && a instanceof EventArg.Positional p) {
                            fields.set(leading, Json.bytes(p.raw()));
                        } else if (a instanceof EventArg.Keyword k) {
                            fields.set(k.keyString(), Json.bytes(k.value()));
                        } else {
                            if (positional == null) {
                                positional = fields.putArray("positional");
                            }
                            positional.add(Json.bytes(a.raw()));
                        }
                    }
                } else if (v instanceof ByteString b) {
                    fields.set(rc.getName(), Json.bytes(b));
                } else if (v instanceof String s) {
                    fields.put(rc.getName(), s);
                } else if (v instanceof Boolean b) {
                    fields.put(rc.getName(), b);
                }
            }
        }
        o.set("lines", lines(r));
        return o;
    }

    /** The optional positional field some events have before their keyword arguments. */
    private static String leadingPositionalName(TorEvent e) {
        if (e instanceof CircEvent || e instanceof CircMinorEvent) {
            return "path";
        }
        return e instanceof HsDescEvent ? "descriptorId" : null;
    }

    private static Object value(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static ObjectNode malformed(Malformed m) {
        ObjectNode o = Json.object().put("kind", "malformed").put("offset", m.offset()).put("reason", m.reason());
        o.set("bytes", Json.bytes(m.bytes()));
        if (!m.lines().isEmpty()) {
            ArrayNode lines = o.putArray("lines");
            m.lines().forEach(l -> lines.add(line(l)));
        }
        return o;
    }

    static ObjectNode command(Command c, long offset) {
        ObjectNode o = Json.object().put("kind", "command").put("offset", offset);
        o.set("keyword", Json.bytes(c.keyword()));
        o.set("arguments", Json.bytes(c.arguments()));
        c.body().ifPresent(b -> o.set("body", Json.bytes(b)));
        return o;
    }

    private static ArrayNode lines(Reply r) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        r.lines().forEach(l -> a.add(line(l)));
        return a;
    }

    private static JsonNode line(ReplyLine l) {
        ObjectNode o = Json.object().put("status", l.status()).put("separator", String.valueOf(l.separator()));
        o.set("text", Json.bytes(l.text()));
        if (l instanceof ReplyLine.Data d) {
            o.set("data", Json.bytes(d.data()));
        }
        return o;
    }
}
