package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.bridge.Bridged.ISO;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.SocksCommand;

/**
 * How SOCKS connections end in STREAM events: client disconnects, SocksTimeout, tor's own refusals and the
 * exit's, with the events a live tor 0.4.9.11 emitted for the same cases. Connection ids: 1 is the control
 * listener, 2 the guard's OR connection, 3 the SOCKS listener, 4 the test's controller, so the first SOCKS
 * client is 5.
 */
class ConnectionEndsTest {

    @Test
    @DisplayName("a client that leaves a held stream: CLOSED REASON=DONE")
    void clientLeavesHeldStream() throws Exception {
        try (Bridged m = Bridged.start(b -> b.option("__LeaveStreamsUnattached", "1"))) {
            long id;
            try (SocksClient c = m.client()) {
                c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
                id = m.log.awaitNew("web.test:80");
                m.log.awaitStream(id, "CONTROLLER_WAIT");
            }
            assertEquals("STREAM " + id + " CLOSED 0 web.test:80 REASON=DONE " + ISO, m.log.awaitStream(id, "CLOSED"));
        }
    }

    @Test
    @DisplayName("a client that leaves after its greeting: CLOSED 0 :0 REASON=DONE, CLIENT_PROTOCOL=SOCKS5")
    void clientLeavesHandshake() throws Exception {
        try (Bridged m = Bridged.start()) {
            try (SocksClient c = m.client()) {
                c.send(SocksClient.greeting());
                assertEquals("0500", c.read(2));
            }
            assertEquals("STREAM 5 CLOSED 0 :0 REASON=DONE " + ISO, m.log.await(e -> e.startsWith("STREAM ")));
        }
    }

    @Test
    @DisplayName("what tor's parser refuses: FAILED and CLOSED when tor wrote no reply of its own, else CLOSED alone")
    void parserRefusals() throws Exception {
        try (Bridged m = Bridged.start()) {
            try (SocksClient c = m.client()) {
                c.send(new byte[] {7, 1, 0});
                assertEquals("", c.readToEnd());
            }
            try (SocksClient c = m.client()) {
                c.send(SocksClient.greeting(), new byte[] {5, 2, 0, 3, 5, 'a', '.', 'c', 'o', 'm', 0, 80});
                assertEquals("05070001000000000000", c.readToEnd(), "one read, one reply slot: BIND's replaces 05 00");
            }
            String unknown = ISO.replace("SOCKS5", "UNKNOWN");
            m.log.await(e -> e.startsWith("STREAM 6 "));
            assertEquals(List.of(
                    "STREAM 5 FAILED 0 :0 REASON=SOCKS_PROTOCOL " + unknown,
                    "STREAM 5 CLOSED 0 :0 REASON=SOCKS_PROTOCOL " + unknown,
                    "STREAM 6 CLOSED 0 a.com:80 REASON=SOCKS_PROTOCOL " + ISO),
                    m.log.all().stream().filter(e -> e.startsWith("STREAM ")).toList());
        }
    }

    @Test
    @DisplayName("what tor's destination checks refuse is still a stream: NEW, FAILED, CLOSED")
    void destinationRefusals() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "a.exit", 80));
            assertEquals("0500" + "05010001000000000000", c.readToEnd());
            long id = m.log.awaitNew("a.exit:80");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEW 0 a.exit:80 SOURCE_ADDR=127.0.0.1:" + c.localPort() + " PURPOSE=USER " + ISO,
                    "STREAM " + id + " FAILED 0 a.exit:80 REASON=TORPROTOCOL " + ISO,
                    "STREAM " + id + " CLOSED 0 a.exit:80 REASON=TORPROTOCOL " + ISO),
                    m.log.stream(id));
        }
    }

    @Test
    @DisplayName("an exit that refuses (route 'refuse 4'): END EXITPOLICY, REP 02, journaled as the route's refusal")
    void exitRefuses() throws Exception {
        try (Bridged m = Bridged.start(b -> b.socksRoute("closed.test -> refuse 4")); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "closed.test", 80));
            assertEquals("0500" + "05020001000000000000", c.readToEnd());
            long id = m.log.awaitNew("closed.test:80");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " SENTCONNECT 1 closed.test:80 " + ISO,
                    "STREAM " + id + " FAILED 1 closed.test:80 REASON=END REMOTE_REASON=EXITPOLICY " + ISO,
                    "STREAM " + id + " CLOSED 1 closed.test:80 REASON=END REMOTE_REASON=EXITPOLICY " + ISO),
                    m.log.stream(id).subList(1, 4));
            assertEquals(new SocksOutcome.Refused(new org.torconformance.socks.wire.EndReason(4), 2), m.tor.socksJournal()
                    .awaitOutcome(r -> r.host().equals("closed.test"), Duration.ofSeconds(5)).orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("a route's delay keeps the stream in SENTCONNECT until the connection is made")
    void delayedConnect() throws Exception {
        try (Bridged m = Bridged.start(b -> b.socksRoute("slow.test -> delay 300ms then connect 127.0.0.1:1"));
                SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "slow.test", 80));
            assertEquals("0500" + "05050001000000000000", c.readToEnd(), "nothing listens on port 1: connection refused");
            long id = m.log.awaitNew("slow.test:80");
            assertEquals("STREAM " + id + " FAILED 1 slow.test:80 REASON=END REMOTE_REASON=CONNECTREFUSED " + ISO,
                    m.log.awaitStream(id, "FAILED"));
        }
    }

    @Test
    @DisplayName("SocksTimeout: a held stream fails with TIMEOUT (REP 06); a stalled handshake closes with CLOSED :0 TIMEOUT")
    void socksTimeout() throws Exception {
        try (Bridged m = Bridged.start(b -> b.option("__LeaveStreamsUnattached", "1").socksTimeout(Duration.ofMillis(400)))) {
            try (SocksClient stalled = m.client(); SocksClient c = m.client()) {
                stalled.send(SocksClient.greeting());
                c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
                assertEquals("0500" + "05060001000000000000", c.readToEnd());
                assertEquals("0500", stalled.readToEnd());
            }
            long id = m.log.awaitNew("web.test:80");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " FAILED 0 web.test:80 REASON=TIMEOUT " + ISO,
                    "STREAM " + id + " CLOSED 0 web.test:80 REASON=TIMEOUT " + ISO),
                    m.log.stream(id).subList(2, 4));
            assertEquals("STREAM " + (id - 1) + " CLOSED 0 :0 REASON=TIMEOUT " + ISO, m.log.awaitStream(id - 1, "CLOSED"));
        }
    }
}
