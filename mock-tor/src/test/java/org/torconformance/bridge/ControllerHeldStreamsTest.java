package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.bridge.Bridged.ISO;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksCommand;

/** {@code __LeaveStreamsUnattached 1}: SOCKS streams wait for ATTACHSTREAM, REDIRECTSTREAM and CLOSESTREAM. */
class ControllerHeldStreamsTest {

    private static Bridged held() throws IOException {
        return Bridged.start(b -> b.option("__LeaveStreamsUnattached", "1"));
    }

    private static long request(Bridged m, SocksClient c, String host, int port) throws IOException {
        c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, host, port));
        assertEquals("0500", c.read(2));
        long id = m.log.awaitNew(host + ":" + port);
        m.log.awaitStream(id, "CONTROLLER_WAIT");
        return id;
    }

    @Test
    @DisplayName("a held CONNECT waits in CONTROLLER_WAIT; ATTACHSTREAM to a circuit lets the route connect it")
    void attachToCircuit() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            long id = request(m, c, "web.test", 80);
            assertEquals("250-stream-status=" + id + " NEW 0 web.test:80\r\n250 OK\r\n", m.log.command("GETINFO stream-status"));
            assertEquals("250 OK\r\n", m.log.command("ATTACHSTREAM " + id + " 2"));
            assertEquals("05000001000000000000", c.read(10));
            c.send(HttpDestination.request("web.test"));
            assertTrue(new String(c.readAll(), StandardCharsets.ISO_8859_1).endsWith(HttpDestination.BODY));
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEW 0 web.test:80 SOURCE_ADDR=127.0.0.1:" + c.localPort() + " PURPOSE=USER " + ISO,
                    "STREAM " + id + " CONTROLLER_WAIT 0 web.test:80 " + ISO,
                    "STREAM " + id + " SENTCONNECT 2 web.test:80 " + ISO,
                    "STREAM " + id + " REMAP 2 127.0.0.1:80 SOURCE=EXIT " + ISO,
                    "STREAM " + id + " SUCCEEDED 2 127.0.0.1:80 " + ISO,
                    "STREAM " + id + " CLOSED 2 127.0.0.1:80 REASON=END REMOTE_REASON=DONE " + ISO),
                    m.log.stream(id));
        }
    }

    @Test
    @DisplayName("REDIRECTSTREAM changes where a held stream goes; ATTACHSTREAM 0 gives it back to tor")
    void redirectThenGiveBack() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            long id = request(m, c, "nowhere.example", 443);
            assertEquals("250 OK\r\n", m.log.command("REDIRECTSTREAM " + id + " web.test 80"));
            assertEquals("250-stream-status=" + id + " NEW 0 web.test:80\r\n250 OK\r\n", m.log.command("GETINFO stream-status"));
            assertEquals("250 OK\r\n", m.log.command("ATTACHSTREAM " + id + " 0"));
            assertEquals("05000001000000000000", c.read(10));
            assertEquals("STREAM " + id + " SENTCONNECT 1 web.test:80 " + ISO, m.log.stream(id).get(2));
            assertEquals(Optional.of("web.test"), m.tor.socksJournal()
                    .awaitOutcome(r -> r.host().equals("nowhere.example"), Duration.ofSeconds(5)).orElseThrow().destination());
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of a held SOCKS5 CONNECT: the reply tor maps from the reason (7: REP 06), FAILED and CLOSED")
    void closePendingSocks5() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            long id = request(m, c, "web.test", 80);
            assertEquals("250 OK\r\n", m.log.command("CLOSESTREAM " + id + " 7"));
            assertEquals("05060001000000000000", c.readToEnd());
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " FAILED 0 web.test:80 REASON=TIMEOUT " + ISO,
                    "STREAM " + id + " CLOSED 0 web.test:80 REASON=TIMEOUT " + ISO),
                    m.log.stream(id).subList(2, 4));
            assertEquals(new SocksOutcome.ClosedByController(EndReason.TIMEOUT), m.tor.socksJournal()
                    .awaitOutcome(r -> r.host().equals("web.test"), Duration.ofSeconds(5)).orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of a held SOCKS4 CONNECT: 5B whatever the reason")
    void closePendingSocks4() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            c.send(SocksClient.socks4a(SocksCommand.CONNECT, "web.test", 80, ""));
            long id = m.log.awaitNew("web.test:80");
            m.log.awaitStream(id, "CONTROLLER_WAIT");
            m.log.command("CLOSESTREAM " + id + " 3");
            assertEquals("005b000000000000", c.readToEnd());
            String iso = ISO.replace("SOCKS5", "SOCKS4");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " FAILED 0 web.test:80 REASON=CONNECTREFUSED " + iso,
                    "STREAM " + id + " CLOSED 0 web.test:80 REASON=CONNECTREFUSED " + iso),
                    m.log.stream(id).subList(2, 4));
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of a held RESOLVE: tor's resolve failure (ATYP 00) and only CLOSED")
    void closePendingResolve() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.RESOLVE, "web.test", 0));
            long id = m.log.awaitNew("web.test:0");
            m.log.awaitStream(id, "CONTROLLER_WAIT");
            m.log.command("CLOSESTREAM " + id + " 7");
            assertEquals("0500" + "05040000000000000000", c.readToEnd());
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of("STREAM " + id + " CLOSED 0 web.test:0 REASON=TIMEOUT " + ISO), m.log.stream(id).subList(2, 3));
        }
    }

    @Test
    @DisplayName("CLOSESTREAM 0 of a held CONNECT: tor's quirk answers success, SUCCEEDED then CLOSED without reason")
    void closePendingWithReasonZero() throws Exception {
        try (Bridged m = held(); SocksClient c = m.client()) {
            long id = request(m, c, "web.test", 80);
            m.log.command("CLOSESTREAM " + id + " 0");
            assertEquals("05000001000000000000", c.readToEnd());
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " SUCCEEDED 0 web.test:80 " + ISO,
                    "STREAM " + id + " CLOSED 0 web.test:80 " + ISO),
                    m.log.stream(id).subList(2, 4));
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of an open stream: the client's connection ends, CLOSED with the reason")
    void closeOpenStream() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
            assertEquals("050005000001000000000000", c.read(12));
            long id = m.log.awaitNew("web.test:80");
            m.log.awaitStream(id, "SUCCEEDED");
            assertEquals("250 OK\r\n", m.log.command("CLOSESTREAM " + id + " 1"));
            assertEquals("", c.readToEnd());
            assertEquals("STREAM " + id + " CLOSED 1 127.0.0.1:80 REASON=MISC " + ISO, m.log.awaitStream(id, "CLOSED"));
            assertEquals(new SocksOutcome.ClosedByController(EndReason.MISC), m.tor.socksJournal()
                    .awaitOutcome(r -> r.outcome() instanceof SocksOutcome.ClosedByController, Duration.ofSeconds(5))
                    .orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("ATTACHSTREAM of a stream tor already sent on: 555, as tor")
    void attachOpenStream() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
            assertEquals("050005000001000000000000", c.read(12));
            long id = m.log.awaitNew("web.test:80");
            m.log.awaitStream(id, "SUCCEEDED");
            assertEquals("555 Connection is not managed by controller.\r\n", m.log.command("ATTACHSTREAM " + id + " 1"));
        }
    }
}
