package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.SocksSetup;
import org.torconformance.socks.wire.SocksCommand;

/** SOCKS credentials and NEWNYM decide which circuits streams may share, as STREAM and CIRC events show. */
class IsolationTest {

    /** Connects as {@code user} (none when null) and returns the circuit its SENTCONNECT named. */
    private static String circuitOf(Bridged m, String user, String host) throws IOException {
        return circuitOf(m, m.tor.socksPort(), user, host);
    }

    private static String circuitOf(Bridged m, int socksPort, String user, String host) throws IOException {
        try (SocksClient c = new SocksClient(socksPort)) {
            c.send(user == null ? SocksClient.greeting() : SocksClient.greetingWithPassword(user, "pw"),
                    SocksClient.socks5(SocksCommand.CONNECT, host, 80));
            c.read(12);
            long id = m.log.awaitNew(host + ":80");
            return m.log.awaitStream(id, "SENTCONNECT").split(" ")[3];
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
