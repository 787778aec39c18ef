package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.wire.SocksCommand;

/** SOCKS credentials and NEWNYM decide which circuits streams may share, as STREAM and CIRC events show. */
class IsolationTest {

    /** Connects as {@code user} (none when null) and returns the circuit its SENTCONNECT named. */
    private static String circuitOf(Bridged m, String user, String host) throws IOException {
        try (SocksClient c = m.client()) {
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
