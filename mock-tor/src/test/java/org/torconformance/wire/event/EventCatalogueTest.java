package org.torconformance.wire.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/** Facts §2.2: every example event parses to its record and writes back byte for byte. */
class EventCatalogueTest {
    static TorEvent parse(String wire) {
        List<ReplyFrame> frames = new ArrayList<>(new ReplyDecoder().feed(ByteString.latin1(wire)));
        assertEquals(1, frames.size(), frames::toString);
        Reply reply = assertInstanceOf(Reply.class, frames.get(0));
        TorEvent event = Events.parse(reply);
        assertEquals(ByteString.latin1(wire), event.toReply().encode(), "round trip");
        return event;
    }

    static List<String> catalogue() {
        return List.of(
                "650 CIRC 5 FAILED $E57A476CD4DFBD99B4EE52A100A58610AD6E80B9=ergebnisoffen BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2012-11-08T16:48:36.400959 REASON=DESTROYED REMOTE_REASON=OR_CONN_CLOSED\r\n",
                "650 CIRC_MINOR 7 PURPOSE_CHANGED $67B2BDA4264D8A189D9270E28B1D30A262838243~europa1 BUILD_FLAGS=IS_INTERNAL,NEED_CAPACITY PURPOSE=MEASURE_TIMEOUT TIME_CREATED=2012-12-03T16:45:33.409602 OLD_PURPOSE=TESTING\r\n",
                "650 STREAM 60 NEW 0 example.com:80 SOURCE_ADDR=127.0.0.1:40094 PURPOSE=USER SOCKS_USERNAME=\"alice\" SOCKS_PASSWORD=\"s3cr\\\"t\" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH\r\n",
                "650 STREAM 95 REMAP 0 5.6.7.8:0 SOURCE=CACHE CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=1 SESSION_GROUP=-4 ISO_FIELDS=\r\n",
                "650 STREAM 62 NEW 0 127.0.0.1.$2222222222222222222222222222222222222222.exit:1 PURPOSE=DIR_FETCH CLIENT_PROTOCOL=UNKNOWN NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=SESSION_GROUP\r\n",
                "650 ORCONN $A1130635A0CDA6F60C276FBF6994EFBD4ECADAB1~tama CLOSED REASON=DONE\r\n",
                "650 ORCONN 127.0.0.1:9000 CONNECTED NCIRCS=20 ID=18\r\n",
                "650 BW 0 0\r\n",
                "650 NOTICE Received reload signal (hup). Reloading config and resetting internal state.\r\n",
                "650 NEWDESC $B3FA3110CC6F42443F039220C134CBD2FC4F0493=Sakura\r\n",
                "650 ADDRMAP 1.2.3.4 torproject.org NEVER CACHED=\"YES\"\r\n",
                "650 ADDRMAP [feac:6777:bf36:9507:88cd:4f05:2bec:95e] vww6ybal4bd7szmgncyruucpgfkqahzddi37ktceo3ah7ngmcopnpyyd.onion NEVER CACHED=\"YES\"\r\n",
                "650 ADDRMAP www.atagar.com <error> \"2012-11-19 00:50:13\" error=yes EXPIRES=\"2012-11-19 08:50:13\"\r\n",
                "650 DESCCHANGED\r\n",
                "650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"\r\n",
                "650 STATUS_CLIENT WARN SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\\006\\001\"\"\r\n",
                "650 STATUS_CLIENT WARN DANGEROUS_PORT PORT=23 RESULT=WARN\r\n",
                "650 STATUS_SERVER NOTICE NAMESERVER_STATUS NS=205.171.3.25 STATUS=DOWN ERR=\"request timed out.\"\r\n",
                "650 GUARD ENTRY $36B5DBA788246E8369DBAF58577C6BC044A9A374 NEW\r\n",
                "650+NS\r\nr whnetz dbBxYcJriTTrcxsuy4PUZcMRwCA VStM7KAIH/mXXoGDUpoGB1OXufg 2012-12-02 21:03:56 141.70.120.13 9001 9030\r\ns Fast HSDir Named Stable V2Dir Valid\r\n.\r\n650 OK\r\n",
                "650 STREAM_BW 18 412 1024 2012-12-06T13:51:11.433755\r\n",
                "650 CLIENTS_SEEN TimeStarted=\"2008-12-25 23:50:43\" CountrySummary=us=16,de=8,uk=8 IPVersions=v4=16,v6=40\r\n",
                "650+NEWCONSENSUS\r\nr a b c\r\n.\r\n650 OK\r\n",
                "650 BUILDTIMEOUT_SET RESET TOTAL_TIMES=0 TIMEOUT_MS=60000 XM=0 ALPHA=0.000000 CUTOFF_QUANTILE=1.000000 TIMEOUT_RATE=0.000000 CLOSE_MS=60000 CLOSE_RATE=0.000000\r\n",
                "650 SIGNAL DUMP\r\n",
                "650-CONF_CHANGED\r\n650-ContactInfo=hello\r\n650-MaxCircuitDirtiness=700\r\n650 OK\r\n",
                "650-CONF_CHANGED\r\n650-ContactInfo\r\n650 OK\r\n",
                "650 TRANSPORT_LAUNCHED server obfs1 127.0.0.1 1111\r\n",
                "650 CONN_BW ID=11 TYPE=DIR READ=272 WRITTEN=817\r\n",
                "650 CIRC_BW ID=11 READ=272 WRITTEN=817 TIME=2012-12-06T13:51:11.433755 DELIVERED_READ=12 OVERHEAD_READ=34 DELIVERED_WRITTEN=56 OVERHEAD_WRITTEN=78\r\n",
                "650 CELL_STATS ID=14 OutboundQueue=19403 OutboundConn=15 OutboundAdded=create_fast:1,relay_early:2 OutboundRemoved=create_fast:1,relay_early:2 OutboundTime=create_fast:0,relay_early:0\r\n",
                "650 HS_DESC FAILED ajhb7kljbiru65qo NO_AUTH $67B2BDA4264D8A189D9270E28B1D30A262838243 b3oeducbhjmbqmgw2i3jtz4fekkrinwj REASON=NOT_FOUND\r\n",
                "650+HS_DESC_CONTENT 3g2upl4pq6kufc4n 255tjwttk3wi7r2df57nuprs72j2daa3 $D7A0C3262724F2BC9646F6836E967A2777A3AF83~tsunaminitor\r\n\r\n.\r\n650 OK\r\n",
                "650 NETWORK_LIVENESS DOWN\r\n",
                "650 PT_LOG PT=/usr/bin/obs4proxy SEVERITY=debug MESSAGE=\"Connected to bridge A\"\r\n",
                "650 PT_STATUS PT=/usr/bin/obs4proxy TRANSPORT=obfs4 CONNECT=Success\r\n");
    }

    @DisplayName("facts §2.2: catalogue examples are typed and round-trip")
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void typedAndExact(String wire) {
        TorEvent e = parse(wire);
        assertTrue(!(e instanceof UnknownEvent), () -> "untyped: " + e);
    }

    @Test
    @DisplayName("CIRC fields, including the old $FP=nick path form")
    void circFields() {
        CircEvent c = assertInstanceOf(CircEvent.class, parse(catalogue().get(0)));
        assertEquals("5", c.circuitId());
        assertEquals("FAILED", c.status());
        assertEquals(List.of("$E57A476CD4DFBD99B4EE52A100A58610AD6E80B9=ergebnisoffen"), c.path());
        assertEquals(List.of("NEED_CAPACITY"), c.buildFlags());
        assertEquals(Optional.of("DESTROYED"), c.reason());
        assertEquals(Optional.of("OR_CONN_CLOSED"), c.remoteReason());
    }

    @Test
    @DisplayName("STREAM: quoted SOCKS credentials decode; empty ISO_FIELDS; targets split at the last colon")
    void streamFields() {
        StreamEvent s = assertInstanceOf(StreamEvent.class, parse(catalogue().get(2)));
        assertEquals(Optional.of(ByteString.latin1("s3cr\"t")), s.socksPassword());
        assertEquals(Optional.of("-4"), s.sessionGroup());
        assertEquals("example.com", s.targetHost());
        StreamEvent remap = assertInstanceOf(StreamEvent.class, parse(catalogue().get(3)));
        assertEquals(List.of(), remap.isoFields());
        StreamEvent v6 = assertInstanceOf(StreamEvent.class, parse("650 STREAM 1 NEW 0 2001:db8::1:0 CLIENT_PROTOCOL=SOCKS5\r\n"));
        assertEquals("2001:db8::1", v6.targetHost());
        assertEquals(Optional.of("0"), v6.targetPort());
    }

    @Test
    @DisplayName("facts §8.12/13: tor's own malformed tokens are kept: REASON= UNKNOWN_5, bare 'internal', DATA=\"\"x\"\"")
    void torMalformations() {
        StreamEvent s = assertInstanceOf(StreamEvent.class,
                parse("650 STREAM 9 CLOSED 3 a.test:80 REASON= UNKNOWN_5 CLIENT_PROTOCOL=SOCKS5\r\n"));
        assertEquals(Optional.of(""), s.reason());
        assertEquals(List.of(EventArg.Positional.of("UNKNOWN_5")), s.args().positionals());
        AddrMapEvent a = assertInstanceOf(AddrMapEvent.class,
                parse("650 ADDRMAP a a \"2026-11-25 10:00:00\" internal EXPIRES=\"2026-11-25 10:00:00\"\r\n"));
        assertTrue(a.isError());
        assertEquals(Optional.of("2026-11-25 10:00:00"), a.localExpiry());
        StatusEvent st = assertInstanceOf(StatusEvent.class, parse(catalogue().get(15)));
        assertEquals(ByteString.latin1("\"\"\\006\\001\"\""), st.args().value("DATA").orElseThrow(), "kept as sent");
    }

    @Test
    @DisplayName("facts §8.19: unknown events, fields and enum values are kept, never dropped")
    void forwardCompatibility() {
        TorEvent u = parse("650 CONFLUX_MAGIC 1 2 X=3\r\n");
        assertEquals("CONFLUX_MAGIC", assertInstanceOf(UnknownEvent.class, u).type());
        CircEvent c = assertInstanceOf(CircEvent.class,
                parse("650 CIRC 1 BUILT $A~a,$B~b NEWFIELD=1 PURPOSE=CONFLUX_LINKED CONFLUX_ID=ABC\r\n"));
        assertEquals(Optional.of("CONFLUX_LINKED"), c.purpose());
        assertEquals(Optional.of(ByteString.latin1("1")), c.args().value("NEWFIELD"));
        assertInstanceOf(StatusEvent.class, parse("650 STATUS_CLIENT NOTICE STATUS_SPECIFIC X=1\r\n"));
    }

    @Test
    @DisplayName("an event too short for its type is kept as unknown with the reason")
    void shapeMismatch() {
        UnknownEvent u = assertInstanceOf(UnknownEvent.class, parse("650 STREAM 1 NEW\r\n"));
        assertTrue(u.problem().orElseThrow().contains("STREAM needs 4 positional fields"));
    }

    @Test
    @DisplayName("CONF_CHANGED: set and unset keys, repeated keys once per line")
    void confChanged() {
        ConfChangedEvent c = assertInstanceOf(ConfChangedEvent.class,
                parse("650-CONF_CHANGED\r\n650-ExitPolicy=accept 34.3.4.5\r\n650-ExitPolicy=reject *:*\r\n650-ContactInfo\r\n650 OK\r\n"));
        assertEquals(List.of(ConfChangedEvent.Change.set("ExitPolicy", "accept 34.3.4.5"),
                ConfChangedEvent.Change.set("ExitPolicy", "reject *:*"), ConfChangedEvent.Change.unset("ContactInfo")), c.changes());
    }

    @Test
    @DisplayName("log events: the message is the raw rest of the line; the data form is read too")
    void logEvents() {
        LogEvent l = assertInstanceOf(LogEvent.class, parse("650 WARN two  spaces \"and quotes\r\n"));
        assertEquals(ByteString.latin1("two  spaces \"and quotes"), l.message());
        LogEvent d = assertInstanceOf(LogEvent.class, parse("650+WARN\r\nline one\r\nline two\r\n.\r\n650 OK\r\n"));
        assertTrue(d.dataForm());
        assertEquals(ByteString.latin1("line one\nline two"), d.message());
    }

    @Test
    @DisplayName("HS_DESC_CONTENT after a failed fetch carries an empty descriptor")
    void emptyDescriptor() {
        HsDescContentEvent h = assertInstanceOf(HsDescContentEvent.class, parse(catalogue().get(32)));
        assertEquals(ByteString.EMPTY, h.descriptor());
        assertEquals("255tjwttk3wi7r2df57nuprs72j2daa3", h.descriptorId());
    }
}
