package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.SocksPortFlags;
import org.torconformance.socks.SocksSetup;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * SOCKS credentials, the port's isolation flags and NEWNYM decide which circuits streams may share, as STREAM
 * and CIRC events show.
 */
class IsolationTest {

    /** Connects as {@code user} (none when null) and returns the circuit its SENTCONNECT named. */
    private static String circuitOf(Bridged m, String user, String host) throws IOException {
        return circuitOf(m, m.tor.socksPort(), user, host);
    }

    private static String circuitOf(Bridged m, int socksPort, String user, String host) throws IOException {
        return circuitOf(m, socksPort, user, host, 80);
    }

    private static String circuitOf(Bridged m, int socksPort, String user, String host, int port) throws IOException {
        try (SocksClient c = new SocksClient(socksPort)) {
            c.send(user == null ? SocksClient.greeting() : SocksClient.greetingWithPassword(user, "pw"),
                    SocksClient.socks5(SocksCommand.CONNECT, host, port));
            c.read(12);
            long id = m.log.awaitNew(host + ":" + port);
            return m.log.awaitStream(id, "SENTCONNECT").split(" ")[3];
        }
    }

    private static String newEventFrom(Bridged m, int socksPort, String host) throws IOException {
        try (SocksClient c = new SocksClient(socksPort)) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, host, 80));
            c.read(12);
            m.log.awaitNew(host + ":80");
            return m.log.all().stream().filter(e -> e.contains(" NEW 0 " + host + ":80 ")).findFirst().orElseThrow()
                    .replaceAll("SOURCE_ADDR=\\S+ ", "");
        }
    }

    @Test
    @DisplayName("isolation flags and SessionGroup: SESSION_GROUP and ISO_FIELDS as live tor 0.4.9.11 prints them")
    void isolationFlagsShowInStreamEvents() throws Exception {
        SocksPortOptions flagged = SocksPortFlags.apply(SocksSetup.MOCK_DEFAULTS, List.of("IsolateDestAddr", "IsolateDestPort",
                "IsolateClientProtocol", "NoIsolateClientAddr", "SessionGroup=7"));
        try (Bridged m = Bridged.start(b -> b.socksPort(0, flagged)
                .socksPort(0, SocksPortFlags.apply(SocksSetup.MOCK_DEFAULTS, List.of("SessionGroup=3")))
                .socksPort(0, SocksSetup.MOCK_DEFAULTS.withIsolateSocksAuth(false))
                .socksRoute("a.test -> connect 127.0.0.1:1").socksRoute("b.test -> connect 127.0.0.1:1")
                .socksRoute("c.test -> connect 127.0.0.1:1"))) {
            List<Integer> ports = m.tor.socksPorts();
            // A live tor with the same four SocksPort lines printed these (ports and ids aside); automatic
            // groups count only the ports without SessionGroup=.
            assertTrue(newEventFrom(m, ports.get(1), "a.test").endsWith(" NEW 0 a.test:80 PURPOSE=USER CLIENT_PROTOCOL=SOCKS5 "
                    + "NYM_EPOCH=0 SESSION_GROUP=7 ISO_FIELDS=DESTPORT,DESTADDR,SOCKS_USERNAME,SOCKS_PASSWORD,CLIENT_PROTOCOL,"
                    + "SESSION_GROUP,NYM_EPOCH"), m.log.all().toString());
            assertTrue(newEventFrom(m, ports.get(2), "b.test").endsWith(" SESSION_GROUP=3 "
                    + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"), m.log.all().toString());
            assertTrue(newEventFrom(m, ports.get(3), "c.test").endsWith(" SESSION_GROUP=-5 "
                    + "ISO_FIELDS=CLIENTADDR,SESSION_GROUP,NYM_EPOCH"), m.log.all().toString());
        }
    }

    @Test
    @DisplayName("IsolateDestAddr and IsolateDestPort keep streams to other destinations off a stream's circuit")
    void destinationIsolation() throws Exception {
        SocksPortOptions byDestination = SocksPortFlags.apply(SocksSetup.MOCK_DEFAULTS, List.of("IsolateDestAddr", "IsolateDestPort"));
        try (Bridged m = Bridged.start(b -> b.socksPort(0, byDestination).socksRoute("*.test -> connect 127.0.0.1:1"))) {
            int port = m.tor.socksPorts().get(1);
            String web80 = circuitOf(m, port, null, "web.test", 80);
            assertEquals(web80, circuitOf(m, port, null, "web.test", 80), "the same destination shares");
            assertNotEquals(web80, circuitOf(m, port, null, "other.test", 80), "IsolateDestAddr");
            assertNotEquals(web80, circuitOf(m, port, null, "web.test", 81), "IsolateDestPort");
            int plain = m.tor.socksPorts().get(0);
            String first = circuitOf(m, plain, null, "web.test", 80);
            assertEquals(first, circuitOf(m, plain, null, "other.test", 81), "a default port isolates by neither");
        }
    }

    @Test
    @DisplayName("different SOCKS credentials never share a circuit; the same ones do")
    void credentialsIsolate() throws Exception {
        try (Bridged m = Bridged.start()) {
            String alice = circuitOf(m, "alice", "web.test");
            String bob = circuitOf(m, "bob", "web.test");
            String aliceAgain = circuitOf(m, "alice", "web.test");
            assertNotEquals(alice, bob);
            assertEquals(alice, aliceAgain);
        }
    }

    @Test
    @DisplayName("a second SocksPort with NoIsolateSOCKSAuth: SESSION_GROUP=-5, ISO_FIELDS without the credentials, shared circuits")
    void portWithoutAuthIsolation() throws Exception {
        try (Bridged m = Bridged.start(b -> b.socksPort(0, SocksSetup.MOCK_DEFAULTS.withIsolateSocksAuth(false)))) {
            int second = m.tor.socksPorts().get(1);
            String alice = circuitOf(m, second, "alice", "web.test");
            assertEquals(alice, circuitOf(m, second, "bob", "web.test"));
            // as live tor 0.4.9.11 prints a NoIsolateSOCKSAuth port's streams
            assertTrue(m.log.all().stream().anyMatch(e -> e.matches("STREAM \\d+ NEW 0 web.test:80 SOURCE_ADDR=\\S+ PURPOSE=USER "
                    + "SOCKS_USERNAME=\"bob\" SOCKS_PASSWORD=\"pw\" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-5 "
                    + "ISO_FIELDS=CLIENTADDR,SESSION_GROUP,NYM_EPOCH")), m.log.all().toString());
        }
    }

    @Test
    @DisplayName("NEWNYM: later streams carry NYM_EPOCH=1 and never join an earlier stream's circuit (CIRC LAUNCHED .. BUILT)")
    void newNym() throws Exception {
        try (Bridged m = Bridged.start()) {
            String before = circuitOf(m, null, "web.test");
            assertNotEquals(before, circuitOf(m, "x", "web.test"), "both ready circuits are in use now");
            assertEquals("250 OK\r\n", m.log.command("SIGNAL NEWNYM"));
            String after = circuitOf(m, null, "web.test");
            assertNotEquals(before, after);
            assertTrue(m.log.all().stream().anyMatch(e -> e.matches("STREAM \\d+ SENTCONNECT " + after
                    + " web.test:80 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=1 SESSION_GROUP=-4 "
                    + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH")), m.log.all().toString());
            assertTrue(m.log.all().stream().anyMatch(e -> e.startsWith("CIRC " + after + " LAUNCHED ")), m.log.all().toString());
            assertTrue(m.log.all().stream().anyMatch(e -> e.startsWith("CIRC " + after + " BUILT ")));
        }
    }
}
