package org.torconformance.conformance.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.conformance.network.SocksConnection.Login;
import org.torconformance.socks.wire.Socks5Reply;

/** The client helper against the mock's SOCKS port: CONNECT by hostname, an HTTP exchange, checked on the destination. */
class SocksConnectionTest {
    static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void anHttpExchangeByHostnameArrivesIntactOnBothEnds() throws Exception {
        try (WebDestination web = WebDestination.start();
             MockTor mock = MockTor.builder().socksPort(0).socksRoute("*.test -> connect 127.0.0.1").start();
             SocksConnection conn = SocksConnection.open(mock.socksPort(), WebDestination.HOST, web.port(),
                     Optional.of(new Login("alice", "secret")), BOUND)) {
            Optional<Socks5Reply> reply = conn.awaitReply(BOUND);
            assertTrue(reply.isPresent());
            assertEquals(0, reply.get().reply().code());

            byte[] body = Payload.bytes(7, 3000);
            HttpResponse response = conn.exchange(new HttpRequest("web.test:" + web.port(), "/t/1?size=5000", body), BOUND);

            assertTrue(response.isOk(), response.toString());
            assertArrayEquals(WebDestination.answerFor("size=5000"), response.body());
            ReceivedRequest got = web.await(r -> r.path().equals("/t/1?size=5000"), BOUND).orElseThrow();
            assertArrayEquals(body, got.body());
            assertEquals("web.test:" + web.port(), got.host());
        }
    }

    @Test
    void aRefusedDestinationGetsItsSocksErrorAndTheConnectionCloses() throws Exception {
        try (MockTor mock = MockTor.builder().socksPort(0).start();
             SocksConnection conn = SocksConnection.open(mock.socksPort(), "nowhere.invalid", 80, Optional.empty(), BOUND)) {
            assertEquals(4, conn.awaitReply(BOUND).orElseThrow().reply().code());
            assertTrue(conn.awaitClosedByPeer(BOUND));
        }
    }
}
