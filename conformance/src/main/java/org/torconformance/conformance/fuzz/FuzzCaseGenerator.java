package org.torconformance.conformance.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.torconformance.gen.Choices;
import org.torconformance.gen.EventGenerators;
import org.torconformance.gen.Generator;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.DataBlock;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.TorEvent;
import org.torconformance.wire.event.UnknownEvent;

/**
 * Generates {@link FuzzCase}s from the protocol grammar, with the edge cases weighted up: data
 * blocks with leading dots, lone '.', '..', empty and leading-LF values, lone CRs, long lines,
 * quotes, backslashes and non-ASCII text in values, keys whose values hold '='; every event type
 * with optional and unknown fields, unknown event types, multi-line and data-form events, bursts
 * between a command and its reply; replies split across writes. Values are UTF-8 text, because
 * the libraries present strings; byte-level oddities are covered by the codec's own properties.
 */
public final class FuzzCaseGenerator {
    private FuzzCaseGenerator() {
    }

    static final int MAX_SLICED = 600;

    private static final List<String> KEY_PARTS = List.of("version", "config-text", "ns/all", "x", "status/bootstrap-phase",
            "a-b", "k1", "dotted.key", "net/listeners/socks");
    private static final List<String> PIECES = List.of("a", "value", " ", "=", "k=v", ".", "..", "\n", "\n.", ".\n", "\n..\n",
            "\r", "\"", "\\", "\\n", "'", "é", "ü", "€", "\t", "250 OK", "650 BW 0 0", "#");

    public static Generator<FuzzCase> fuzzCase() {
        return c -> {
            int n = c.between(1, 4);
            List<FuzzCase.Exchange> exchanges = new ArrayList<>();
            Set<String> types = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                exchanges.add(exchange(c, types));
            }
            List<ByteString> trailing = events(c, types, c.chance(30) ? c.between(1, 3) : 0);
            List<String> subscribed = new ArrayList<>(types);
            return new FuzzCase(subscribed, exchanges, trailing);
        };
    }

    private static FuzzCase.Exchange exchange(Choices c, Set<String> types) {
        int keys = c.between(1, 3);
        List<FuzzCase.Entry> entries = new ArrayList<>();
        Reply.Builder reply = Reply.builder();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < keys; i++) {
            String key = c.pick(KEY_PARTS) + (c.chance(20) ? "/" + c.between(0, 9) : "");
            if (!used.add(key)) {
                continue;
            }
            String value = value(c);
            boolean block = value.contains("\n") || value.contains("\r") || c.chance(10);
            if (block) {
                ByteString canonical = DataBlock.canonical(ByteString.utf8(value));
                value = canonical.utf8();
                reply.data(250, ByteString.utf8(key + "="), canonical);
                c.note("getinfo:data-block");
            } else {
                reply.mid(250, ByteString.utf8(key + "=" + value));
                c.note("getinfo:one-line");
            }
            entries.add(new FuzzCase.Entry(key, value, block));
        }
        int eventsBefore = c.chance(40) ? c.between(1, 4) : 0;
        if (eventsBefore > 1) {
            c.note("events:burst-before-reply");
        }
        List<ByteString> events = events(c, types, eventsBefore);
        Reply r = reply.end(250, "OK");
        FuzzCase.Split split = FuzzCase.Split.NONE;
        if (c.chance(25)) {
            // Slices are written a millisecond apart: only short exchanges are sliced, long ones split.
            int length = events.stream().mapToInt(ByteString::length).sum() + r.encode().length();
            boolean slice = c.chance(50) && length <= MAX_SLICED;
            split = slice ? new FuzzCase.Split(-1, c.between(1, 7)) : new FuzzCase.Split(c.between(1, 40), 0);
            c.note(slice ? "write:sliced" : "write:split");
        }
        return new FuzzCase.Exchange(entries, events, r, split);
    }

    private static String value(Choices c) {
        if (c.chance(8)) {
            c.note("value:empty");
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (c.chance(8)) {
            c.note("value:leading-LF");
            sb.append('\n');
        }
        int pieces = c.between(1, 8);
        for (int i = 0; i < pieces; i++) {
            if (c.chance(3)) {
                c.note("value:long-line");
                sb.append("y".repeat(c.between(1_000, 8_000)));
            } else {
                String p = c.pick(PIECES);
                if (p.equals("\r")) {
                    c.note("value:lone-CR");
                }
                if (p.startsWith(".")) {
                    c.note("value:dot");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static List<ByteString> events(Choices c, Set<String> types, int n) {
        List<ByteString> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TorEvent e = EventGenerators.event().generate(c);
            if (!e.toReply().encode().isValidUtf8()) {
                continue;
            }
            out.add(e.toReply().encode());
            if (isSubscribable(e)) {
                types.add(e.type());
            }
            if (e.toReply().lines().size() > 1) {
                c.note("events:multi-line");
            }
            if (e instanceof UnknownEvent) {
                c.note("events:unknown-type");
            }
        }
        return out;
    }

    /**
     * The events the case subscribes to: the ones every library of the howto's era knows. Every other
     * event (newer types, types tor 0.4.9 refuses to subscribe to, unknown future ones) is sent
     * unasked, as a newer tor would send them: a library must survive them, and the properties do
     * not require it to deliver them.
     */
    static final Set<String> CLASSIC = Set.of("CIRC", "STREAM", "ORCONN", "BW", "DEBUG", "INFO", "NOTICE", "WARN", "ERR",
            "NEWDESC", "ADDRMAP");

    static boolean isSubscribable(TorEvent e) {
        return !(e instanceof UnknownEvent) && CLASSIC.contains(e.type());
    }

    /** The server bytes of one exchange: the events, then the reply. */
    static ByteString serverBytes(FuzzCase.Exchange x) {
        ByteStringBuilder b = new ByteStringBuilder();
        x.eventsBefore().forEach(b::append);
        b.append(x.reply().encode());
        return b.build();
    }

}
