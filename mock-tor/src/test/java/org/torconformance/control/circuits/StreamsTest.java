package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.wire.ByteString;

/** Streams through the API the SOCKS server will use, and the STREAM events tor writes for them. */
class StreamsTest {
    private static final String FIELDS = "CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 "
            + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH";

    private static List<String> stream(Controller c, long id) {
        return c.events().stream().filter(e -> e.startsWith("STREAM " + id + " ")).toList();
    }

    @Test
    void aConnectGoesNewSentconnectRemapSucceeded() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            StreamClient s = StreamClient.connect(tor, "Example.COM", 80);
            assertEquals(new StreamUpdate.Connected(), s.awaitUpdate(0));
            c.awaitEvent(e -> e.contains(" SUCCEEDED "));
            List<String> events = stream(c, s.id);
            assertEquals(4, events.size(), events.toString());
            assertEquals("STREAM " + s.id + " NEW 0 Example.COM:80 SOURCE_ADDR=127.0.0.1:40000 PURPOSE=USER " + FIELDS, events.get(0));
            assertEquals("STREAM " + s.id + " SENTCONNECT 1 example.com:80 " + FIELDS, events.get(1), "tor lower-cases before sending");
            assertTrue(events.get(2).matches("STREAM " + s.id + " REMAP 1 198\\.1[89]\\.\\d+\\.\\d+:80 SOURCE=EXIT " + FIELDS), events.get(2));
            assertEquals(events.get(2).replace(" REMAP ", " SUCCEEDED ").replace(" SOURCE=EXIT", ""), events.get(3));
            assertTrue(c.command("GETINFO stream-status").matches("250-stream-status=" + s.id + " SUCCEEDED 1 198\\S+:80\r\n250 OK\r\n"));
        }
    }

    @Test
    void streamIdsComeFromTheConnectionCounter() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            assertEquals(3, StreamClient.connect(tor, "a.com", 80).id, "listener 1, this controller 2, first stream 3");
            try (Controller another = Mocks.controller(tor)) {
                assertEquals(5, StreamClient.connect(tor, "a.com", 80).id, "the second controller took 4");
            }
            assertEquals(6, tor.reactor().call(() -> Streams.of(tor.model()).newConnectionId()));
        }
    }

    @Test
    void socksCredentialsAreShownEscapedAndIsolateCircuits() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM CIRC");
            InetSocketAddress client = new InetSocketAddress("127.0.0.1", 40000);
            StreamClient anon = StreamClient.connect(tor, "a.com", 80);
            anon.awaitUpdate(0);
            StreamClient alice = StreamClient.open(tor, StreamRequest.socks5Connect("a.com", 80, client)
                    .withCredentials(ByteString.latin1("alice"), ByteString.latin1("s3cr\"t")));
            assertEquals(new StreamUpdate.Connected(), alice.awaitUpdate(0));
            List<String> events = stream(c, alice.id);
            assertTrue(events.get(0).contains(" PURPOSE=USER SOCKS_USERNAME=\"alice\" SOCKS_PASSWORD=\"s3cr\\\"t\" CLIENT_PROTOCOL=SOCKS5"),
                    events.get(0));
            assertTrue(events.stream().allMatch(e -> e.contains("SOCKS_USERNAME=\"alice\"")), "every STREAM event carries them");
            String anonCircuit = stream(c, anon.id).get(1).split(" ")[3];
            String aliceCircuit = events.get(events.size() - 1).split(" ")[3];
            assertNotEquals(anonCircuit, aliceCircuit, "different credentials never share a circuit");
            c.command("CLOSECIRCUIT " + aliceCircuit);
            String closed = c.awaitEvent(e -> e.startsWith("CIRC " + aliceCircuit + " CLOSED"));
            assertTrue(closed.contains(" SOCKS_USERNAME=\"alice\" SOCKS_PASSWORD=\"s3cr\\\"t\" REASON=REQUESTED"),
                    "the circuit is isolated to alice's credentials: " + closed);
        }
    }

    @Test
    void newNymMovesLaterStreamsToANewEpochAndCircuit() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            StreamClient before = StreamClient.connect(tor, "a.com", 80);
            before.awaitUpdate(0);
            assertEquals("250 OK\r\n", c.command("SIGNAL NEWNYM"));
            StreamClient after = StreamClient.connect(tor, "a.com", 80);
            after.awaitUpdate(0);
            List<String> events = stream(c, after.id);
            assertTrue(events.get(0).contains(" NYM_EPOCH=1 "), events.get(0));
            assertNotEquals(stream(c, before.id).get(1).split(" ")[3], events.get(1).split(" ")[3]);
        }
    }

    @Test
    void tearDownsReachTheApplication() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM STREAM_BW");
            StreamClient app = StreamClient.connect(tor, "a.com", 80);
            app.awaitUpdate(0);
            app.traffic(18, 3542);
            app.clientCloses();
            c.awaitEvent(e -> e.startsWith("STREAM " + app.id + " CLOSED"));
            List<String> tail = c.events().subList(c.events().size() - 2, c.events().size());
            assertTrue(tail.get(0).matches("STREAM_BW " + app.id + " 18 3542 \\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{6}"), tail.toString());
            assertTrue(tail.get(1).matches("STREAM " + app.id + " CLOSED \\d+ \\S+ REASON=DONE " + FIELDS), tail.toString());

            StreamClient exitCloses = StreamClient.connect(tor, "b.com", 80);
            exitCloses.awaitUpdate(0);
            exitCloses.exitCloses();
            assertEquals(new StreamUpdate.Closed(StreamEndReason.fromExit(6)), exitCloses.awaitUpdate(1));
            assertTrue(c.awaitEvent(e -> e.startsWith("STREAM " + exitCloses.id + " CLOSED")).contains(" REASON=END REMOTE_REASON=DONE "));

            StreamClient destroyed = StreamClient.connect(tor, "c.com", 80);
            destroyed.awaitUpdate(0);
            String circuit = stream(c, destroyed.id).get(1).split(" ")[3];
            c.command("SETEVENTS STREAM CIRC");
            c.command("CLOSECIRCUIT " + circuit);
            assertEquals(new StreamUpdate.Closed(StreamEndReason.DESTROY), destroyed.awaitUpdate(1));
            c.awaitEvent(e -> e.startsWith("STREAM " + destroyed.id + " CLOSED"));
            List<String> last = c.events().subList(c.events().size() - 2, c.events().size());
            assertTrue(last.get(0).startsWith("CIRC " + circuit + " CLOSED "), "the circuit first, then its streams: " + last);
            assertTrue(last.get(1).contains(" CLOSED " + circuit + " ") && last.get(1).contains(" REASON=DESTROY "), last.toString());
        }
    }

    @Test
    void circuitBandwidthCountsCellsOncePerSecond() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM CIRC_BW");
            StreamClient s = StreamClient.connect(tor, "a.com", 80);
            s.awaitUpdate(0);
            String circuit = c.events().stream().filter(e -> e.contains(" SENTCONNECT ")).findFirst().orElseThrow().split(" ")[3];
            s.traffic(18, 3542);
            String bw = c.awaitEvent(e -> e.startsWith("CIRC_BW ID=" + circuit + " "));
            assertTrue(bw.matches("CIRC_BW ID=" + circuit + " READ=4072 WRITTEN=509 TIME=\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{6} "
                    + "DELIVERED_READ=3542 OVERHEAD_READ=442 DELIVERED_WRITTEN=18 OVERHEAD_WRITTEN=480 SS=1 CWND=124 RTT=0 MIN_RTT=0"),
                    "8 cells in, 1 out, 498 payload bytes each: " + bw);
        }
    }

    @Test
    void exitFailuresAreRetriedTwiceThenFailWithTheRemoteReason() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            StreamClient s = StreamClient.connect(tor, "nowhere.invalid", 443);
            StreamUpdate u = s.awaitUpdate(0);
            assertEquals(new StreamUpdate.Failed(StreamEndReason.fromExit(2)), u);
            assertEquals(0x04, ((StreamUpdate.Failed) u).reason().socks5Reply(), "RESOLVEFAILED: host unreachable");
            List<String> statuses = stream(c, s.id).stream().map(e -> e.split(" ")[2]).toList();
            assertEquals(List.of("NEW", "SENTCONNECT", "DETACHED", "SENTCONNECT", "DETACHED", "SENTCONNECT", "FAILED", "CLOSED"),
                    statuses);
            assertTrue(stream(c, s.id).get(2).contains(" REASON=END REMOTE_REASON=RESOLVEFAILED "));
        }
    }

    @Test
    void aRequestTheSocksLayerRefusedIsOnlyClosed() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            tor.reactor().run(() -> {
                Streams streams = Streams.of(tor.model());
                streams.refusedBySocks(streams.newConnectionId(),
                        StreamRequest.socks5Connect("a%b", 80, new InetSocketAddress("127.0.0.1", 40000)));
            });
            assertEquals("STREAM 4 CLOSED 0 a%b:80 REASON=SOCKS_PROTOCOL " + FIELDS, c.awaitEvent(e -> e.startsWith("STREAM")),
                    "as tor 0.4.9.11 reports a malformed SOCKS hostname");
        }
    }

    @Test
    void endReasonsMapToSocksRepliesAsLiveTorDoes() {
        // 15 (ENTRYPOLICY in older tors) is unknown to 0.4.9.11, which moved it to 264: REP 01 vs 02.
        int[][] table = {{0, 0x00}, {1, 0x01}, {2, 0x04}, {3, 0x05}, {4, 0x02}, {5, 0x01}, {6, 0x05}, {7, 0x06}, {8, 0x04},
            {9, 0x01}, {10, 0x01}, {11, 0x01}, {12, 0x05}, {13, 0x01}, {15, 0x01}, {20, 0x01}, {257, 0x01}, {258, 0x03},
            {264, 0x02}};
        for (int[] row : table) {
            assertEquals(row[1], StreamEndReason.local(row[0]).socks5Reply(), "reason " + row[0]);
            assertEquals(row[1] == 0 ? 0x5A : 0x5B, StreamEndReason.local(row[0]).socks4Reply());
        }
        assertEquals("END REMOTE_REASON=DONE", StreamEndReason.fromExit(6).eventReason().orElseThrow());
        assertEquals(" UNKNOWN_20", StreamEndReason.local(20).eventReason().orElseThrow());
        assertTrue(StreamEndReason.NONE.eventReason().isEmpty());
    }
}
