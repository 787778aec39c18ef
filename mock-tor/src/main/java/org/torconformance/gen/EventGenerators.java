package org.torconformance.gen;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.DataBlock;
import org.torconformance.wire.event.AddrMapEvent;
import org.torconformance.wire.event.BandwidthEvent;
import org.torconformance.wire.event.BuildTimeoutSetEvent;
import org.torconformance.wire.event.CellStatsEvent;
import org.torconformance.wire.event.CircBandwidthEvent;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.CircMinorEvent;
import org.torconformance.wire.event.ClientsSeenEvent;
import org.torconformance.wire.event.ConfChangedEvent;
import org.torconformance.wire.event.ConnBandwidthEvent;
import org.torconformance.wire.event.DescChangedEvent;
import org.torconformance.wire.event.EventArg;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.GuardEvent;
import org.torconformance.wire.event.HsDescContentEvent;
import org.torconformance.wire.event.HsDescEvent;
import org.torconformance.wire.event.LogEvent;
import org.torconformance.wire.event.NetworkLivenessEvent;
import org.torconformance.wire.event.NetworkStatusEvent;
import org.torconformance.wire.event.NewConsensusEvent;
import org.torconformance.wire.event.NewDescEvent;
import org.torconformance.wire.event.OrConnEvent;
import org.torconformance.wire.event.PtLogEvent;
import org.torconformance.wire.event.PtStatusEvent;
import org.torconformance.wire.event.SignalEvent;
import org.torconformance.wire.event.StatusEvent;
import org.torconformance.wire.event.StreamBandwidthEvent;
import org.torconformance.wire.event.StreamEvent;
import org.torconformance.wire.event.TorEvent;
import org.torconformance.wire.event.TransportLaunchedEvent;
import org.torconformance.wire.event.UnknownEvent;

/**
 * Typed events of every kind tor 0.4.9 emits, with optional fields present or absent, unknown
 * keyword and positional arguments inserted anywhere, unknown event types, and the multi-line and
 * data forms. Data documents are generated canonical (see {@link DataBlock#canonical}),
 * so a correct reader returns exactly the generated event.
 */
public final class EventGenerators {
    private EventGenerators() {
    }

    private static final List<String> CIRC_STATUS = List.of("BUILT", "LAUNCHED", "EXTENDED", "FAILED", "CLOSED", "GUARD_WAIT");
    private static final List<String> STREAM_STATUS = List.of("NEW", "SUCCEEDED", "FAILED", "CLOSED", "NEWRESOLVE", "REMAP",
            "SENTCONNECT", "SENTRESOLVE", "DETACHED", "CONTROLLER_WAIT", "XOFF_SENT", "XON_RECV");
    private static final List<String> PURPOSES = List.of("GENERAL", "HS_CLIENT_REND", "CONTROLLER", "CONFLUX_LINKED", "HS_VANGUARDS", "UNKNOWN_9");
    private static final List<String> PATHS = List.of("$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~a",
            "$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~a,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~b",
            "$CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC=old", "$DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", "nick1,nick2");

    public static Generator<TorEvent> event() {
        List<Generator<? extends TorEvent>> kinds = List.of(circ(), stream(), EventGenerators::orconn, EventGenerators::bw,
                EventGenerators::log, EventGenerators::newdesc, EventGenerators::addrmap, EventGenerators::descchanged,
                EventGenerators::ns, EventGenerators::status, EventGenerators::guard, EventGenerators::streamBw,
                EventGenerators::clientsSeen, EventGenerators::newConsensus, EventGenerators::buildTimeout,
                EventGenerators::signal, EventGenerators::confChanged, EventGenerators::connBw, EventGenerators::cellStats,
                EventGenerators::circBw, EventGenerators::transport, EventGenerators::hsDesc, EventGenerators::hsDescContent,
                EventGenerators::liveness, EventGenerators::ptLog, EventGenerators::ptStatus, EventGenerators::circMinor,
                EventGenerators::unknown);
        return c -> {
            TorEvent e = kinds.get(c.between(0, kinds.size() - 1)).generate(c);
            c.note("event:" + (e instanceof UnknownEvent ? "unknown-type" : e.type()));
            return e;
        };
    }

    static Generator<TorEvent> circ() {
        return c -> {
            EventArgs.Builder b = EventArgs.builder();
            if (c.chance(70)) {
                b.positional(c.pick(PATHS));
            }
            optional(c, b, "BUILD_FLAGS", List.of("NEED_CAPACITY", "IS_INTERNAL,NEED_CAPACITY,NEED_UPTIME", "ONEHOP_TUNNEL"));
            optional(c, b, "PURPOSE", PURPOSES);
            optional(c, b, "HS_STATE", List.of("HSCI_CONNECTING", "HSCR_JOINED"));
            optional(c, b, "TIME_CREATED", List.of("2026-11-25T20:59:03.123456"));
            optionalQuoted(c, b, "SOCKS_USERNAME");
            optionalQuoted(c, b, "SOCKS_PASSWORD");
            optional(c, b, "CONFLUX_ID", List.of("0A1B2C"));
            if (c.chance(40)) {
                b.bare("REASON", c.pick(List.of("FINISHED", "DESTROYED", "TIMEOUT", "CHANNEL_CLOSED", "UNKNOWN_77")));
                optional(c, b, "REMOTE_REASON", List.of("OR_CONN_CLOSED", "FINISHED"));
            }
            return new CircEvent(id(c), c.pick(CIRC_STATUS), extras(c, b.build()));
        };
    }

    static Generator<TorEvent> stream() {
        return c -> {
            EventArgs.Builder b = EventArgs.builder();
            if (c.chance(30)) {
                b.bare("REASON", c.pick(List.of("DONE", "END", "MISC", "")));
                if (c.chance(50)) {
                    b.bare("REMOTE_REASON", "DONE");
                }
            }
            optional(c, b, "SOURCE", List.of("CACHE", "EXIT"));
            optional(c, b, "SOURCE_ADDR", List.of("127.0.0.1:40094"));
            optional(c, b, "PURPOSE", List.of("USER", "DIR_FETCH", "DNS_REQUEST"));
            optionalQuoted(c, b, "SOCKS_USERNAME");
            optionalQuoted(c, b, "SOCKS_PASSWORD");
            b.bare("CLIENT_PROTOCOL", c.pick(List.of("SOCKS5", "SOCKS4", "UNKNOWN", "HTTPCONNECT")));
            b.bare("NYM_EPOCH", Integer.toString(c.between(0, 9)));
            b.bare("SESSION_GROUP", Integer.toString(c.between(-9, 9)));
            b.bare("ISO_FIELDS", c.pick(List.of("", "SESSION_GROUP", "SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH")));
            String target = c.pick(List.of("example.com:80", "(Tor_internal)", "2001:db8::1:0", "1.2.3.4.$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.exit:1", "\u00e9.test:443"));
            return new StreamEvent(id(c), c.pick(STREAM_STATUS), Integer.toString(c.between(0, 20)), target, extras(c, b.build()));
        };
    }

    static TorEvent orconn(Choices c) {
        EventArgs.Builder b = EventArgs.builder();
        optional(c, b, "REASON", List.of("DONE", "TLS_ERROR", "IOERROR"));
        optional(c, b, "NCIRCS", List.of("1", "20"));
        b.bare("ID", id(c));
        return new OrConnEvent(c.pick(List.of("$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~tama", "127.0.0.1:9000")),
                c.pick(List.of("NEW", "LAUNCHED", "CONNECTED", "FAILED", "CLOSED")), extras(c, b.build()));
    }

    static TorEvent bw(Choices c) {
        return new BandwidthEvent(Integer.toString(c.between(0, 1 << 20)), Integer.toString(c.between(0, 1 << 20)), extras(c, EventArgs.NONE));
    }

    static TorEvent log(Choices c) {
        ByteString message = WireValues.lineText().generate(c);
        boolean dataForm = c.chance(10);
        if (dataForm) {
            c.note("event:log-data-form");
            message = DataBlock.canonical(WireValues.dataValue().generate(c));
        }
        return new LogEvent(c.pick(List.copyOf(new java.util.TreeSet<>(LogEvent.SEVERITIES))), message, dataForm);
    }

    static TorEvent newdesc(Choices c) {
        EventArgs.Builder b = EventArgs.builder();
        int n = c.between(1, 3);
        for (int i = 0; i < n; i++) {
            b.positional(c.pick(PATHS).split(",")[0]);
        }
        return new NewDescEvent(b.build());
    }

    static TorEvent addrmap(Choices c) {
        EventArgs.Builder b = EventArgs.builder();
        boolean never = c.chance(50);
        if (c.chance(20)) {
            if (c.chance(50)) {
                b.bare("error", "yes");
            } else {
                c.note("event:addrmap-internal");
                b.positional("internal");
            }
        }
        if (!never) {
            b.quoted("EXPIRES", "2026-11-25 08:50:13");
        }
        b.quoted("CACHED", c.pick(List.of("YES", "NO")));
        if (c.chance(30)) {
            b.bare("STREAMID", id(c));
        }
        return new AddrMapEvent(c.pick(List.of("1.2.3.4", "www.example.com", "[fe80::1]")),
                c.pick(List.of("torproject.org", "<error>", "vww6ybal4bd7szmgncyruucpgfkqahzddi37ktceo3ah7ngmcopnpyyd.onion")),
                never ? "NEVER" : "\"2026-11-25 00:50:13\"", extras(c, b.build()));
    }

    static TorEvent descchanged(Choices c) {
        return new DescChangedEvent(extras(c, EventArgs.NONE));
    }

    static TorEvent ns(Choices c) {
        return new NetworkStatusEvent(DataBlock.canonical(WireValues.dataValue().generate(c)));
    }

    static TorEvent newConsensus(Choices c) {
        return new NewConsensusEvent(DataBlock.canonical(WireValues.dataValue().generate(c)));
    }

    static TorEvent status(Choices c) {
        EventArgs.Builder b = EventArgs.builder();
        String action = c.pick(List.of("BOOTSTRAP", "CIRCUIT_ESTABLISHED", "SOCKS_UNKNOWN_PROTOCOL", "DANGEROUS_PORT", "STATUS_SPECIFIC"));
        if (action.equals("BOOTSTRAP")) {
            b.bare("PROGRESS", Integer.toString(c.between(0, 100))).bare("TAG", "done").quoted("SUMMARY", "Loading relay descriptors");
        } else if (action.equals("SOCKS_UNKNOWN_PROTOCOL")) {
            c.note("event:double-quoted-DATA");
            b.arg(new EventArg.Keyword(ByteString.latin1("DATA"), ByteString.latin1("\"\"\\006\\001\"\"")));
        }
        return new StatusEvent(c.pick(List.of("STATUS_CLIENT", "STATUS_GENERAL", "STATUS_SERVER")),
                c.pick(List.of("NOTICE", "WARN", "ERR")), action, extras(c, b.build()));
    }

    static TorEvent guard(Choices c) {
        return new GuardEvent("ENTRY", c.pick(PATHS).split(",")[0], c.pick(List.of("NEW", "UP", "DOWN", "BAD_L2", "DROPPED")), extras(c, EventArgs.NONE));
    }

    static TorEvent streamBw(Choices c) {
        return new StreamBandwidthEvent(id(c), "412", "1024", "2026-11-25T13:51:11.433755", extras(c, EventArgs.NONE));
    }

    static TorEvent clientsSeen(Choices c) {
        return new ClientsSeenEvent(extras(c, EventArgs.builder().quoted("TimeStarted", "2008-12-25 23:50:43")
                .bare("CountrySummary", "us=16,de=8").bare("IPVersions", "v4=16,v6=40").build()));
    }

    static TorEvent buildTimeout(Choices c) {
        return new BuildTimeoutSetEvent(c.pick(List.of("RESET", "COMPUTED", "SUSPENDED", "DISCARD", "RESUME")),
                extras(c, EventArgs.builder().bare("TOTAL_TIMES", "0").bare("TIMEOUT_MS", "60000").bare("ALPHA", "0.000000").build()));
    }

    static TorEvent signal(Choices c) {
        return new SignalEvent(c.pick(List.of("RELOAD", "DUMP", "DEBUG", "NEWNYM", "CLEARDNSCACHE", "HEARTBEAT", "ACTIVE", "DORMANT")), extras(c, EventArgs.NONE));
    }

    static TorEvent confChanged(Choices c) {
        List<ConfChangedEvent.Change> changes = new ArrayList<>();
        int n = c.between(1, 4);
        for (int i = 0; i < n; i++) {
            String key = c.pick(List.of("ContactInfo", "ExitPolicy", "Log", "MaxCircuitDirtiness", "__LeaveStreamsUnattached"));
            if (c.chance(25)) {
                c.note("event:conf-unset");
                changes.add(ConfChangedEvent.Change.unset(key));
            } else {
                changes.add(new ConfChangedEvent.Change(ByteString.latin1(key),
                        java.util.Optional.of(c.pick(List.of(ByteString.latin1("accept 34.3.4.5"), ByteString.EMPTY,
                                ByteString.latin1("a=b \"c\""), ByteString.latin1("notice stdout"))))));
            }
        }
        return new ConfChangedEvent(changes);
    }

    static TorEvent connBw(Choices c) {
        return new ConnBandwidthEvent(extras(c, EventArgs.builder().bare("ID", id(c)).bare("TYPE", "DIR").bare("READ", "272").bare("WRITTEN", "817").build()));
    }

    static TorEvent cellStats(Choices c) {
        return new CellStatsEvent(extras(c, EventArgs.builder().bare("ID", id(c)).bare("OutboundQueue", "19403").bare("OutboundAdded", "create_fast:1,relay_early:2").build()));
    }

    static TorEvent circBw(Choices c) {
        EventArgs.Builder b = EventArgs.builder().bare("ID", id(c)).bare("READ", "272").bare("WRITTEN", "817").bare("TIME", "2026-11-25T13:51:11.433755");
        if (c.chance(50)) {
            b.bare("SS", "0").bare("CWND", "124");
        }
        return new CircBandwidthEvent(extras(c, b.build()));
    }

    static TorEvent transport(Choices c) {
        return new TransportLaunchedEvent(c.pick(List.of("server", "client")), "obfs4", "127.0.0.1", "1111", extras(c, EventArgs.NONE));
    }

    static TorEvent hsDesc(Choices c) {
        EventArgs.Builder b = EventArgs.builder();
        if (c.chance(50)) {
            b.positional("b3oeducbhjmbqmgw2i3jtz4fekkrinwj");
        }
        optional(c, b, "REASON", List.of("NOT_FOUND", "QUERY_RATE_LIMITED"));
        return new HsDescEvent(c.pick(List.of("REQUESTED", "RECEIVED", "FAILED", "UPLOAD", "CREATED")), "UNKNOWN",
                c.pick(List.of("NO_AUTH", "REND_V3_AUTH", "UNKNOWN")), c.pick(PATHS).split(",")[0], extras(c, b.build()));
    }

    static TorEvent hsDescContent(Choices c) {
        ByteString doc = c.chance(30) ? ByteString.EMPTY : DataBlock.canonical(WireValues.dataValue().generate(c));
        return new HsDescContentEvent("3g2upl4pq6kufc4n", "255tjwttk3wi7r2df57nuprs72j2daa3", "UNKNOWN", EventArgs.NONE, doc);
    }

    static TorEvent liveness(Choices c) {
        return new NetworkLivenessEvent(c.pick(List.of("UP", "DOWN")), extras(c, EventArgs.NONE));
    }

    static TorEvent ptLog(Choices c) {
        return new PtLogEvent(EventArgs.builder().bare("PT", "/usr/bin/obfs4proxy").bare("SEVERITY", "debug")
                .quoted("MESSAGE", WireValues.anyBytes(4).generate(c)).build());
    }

    static TorEvent ptStatus(Choices c) {
        return new PtStatusEvent(EventArgs.builder().bare("PT", "/usr/bin/obfs4proxy").bare("TRANSPORT", "obfs4").bare("CONNECT", "Success").build());
    }

    static TorEvent circMinor(Choices c) {
        EventArgs.Builder b = EventArgs.builder().positional(c.pick(PATHS)).bare("PURPOSE", c.pick(PURPOSES)).bare("OLD_PURPOSE", "TESTING");
        return new CircMinorEvent(id(c), c.pick(List.of("PURPOSE_CHANGED", "CANNIBALIZED")), extras(c, b.build()));
    }

    static TorEvent unknown(Choices c) {
        String type = c.pick(List.of("TB_EMPTY", "CONFLUX_MAGIC", "HS_POW_X", "METRICS"));
        ByteString text = ByteString.concat(ByteString.latin1(type), extras(c, EventArgs.builder().bare("X", "1").build()).list().stream()
                .map(a -> ByteString.concat(ByteString.latin1(" "), a.raw())).reduce(ByteString.EMPTY, ByteString::concat));
        return new UnknownEvent(type, new org.torconformance.wire.Reply(List.of(new org.torconformance.wire.ReplyLine.End(650, text))),
                java.util.Optional.empty());
    }

    private static String id(Choices c) {
        return Integer.toString(c.between(1, 99999));
    }

    private static void optional(Choices c, EventArgs.Builder b, String key, List<String> values) {
        if (c.chance(50)) {
            b.bare(key, c.pick(values));
        }
    }

    private static void optionalQuoted(Choices c, EventArgs.Builder b, String key) {
        if (c.chance(25)) {
            c.note("event:quoted-value");
            b.quoted(key, WireValues.anyBytes(5).generate(c));
        }
    }

    /** Inserts unknown keyword and positional arguments at random places (forward compatibility). */
    static EventArgs extras(Choices c, EventArgs args) {
        if (!c.chance(25)) {
            return args;
        }
        List<EventArg> list = new ArrayList<>(args.list());
        int n = c.between(1, 3);
        for (int i = 0; i < n; i++) {
            EventArg extra = c.chance(70)
                    ? EventArg.Keyword.bare(c.pick(List.of("NEWFIELD", "FUTURE_X", "lower_case")), c.pick(List.of("1", "", "a,b")))
                    : EventArg.Positional.of(c.pick(List.of("UNKNOWN_5", "$EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE", "-1")));
            c.note(extra instanceof EventArg.Keyword ? "event:unknown-keyword" : "event:unknown-positional");
            list.add(c.between(0, list.size()), extra);
        }
        return new EventArgs(list);
    }
}
