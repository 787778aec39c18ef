package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.AuthMethod;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksCommand;

class SocksRelayTest {
    private static String connectTo(String host, int port) {
        return RawSocks.hex(SocksClientCodec.socks5(SocksCommand.CONNECT, SocksAddress.hostname(host), port));
    }

    @Test
    @DisplayName("SOCKS5 CONNECT to web.test reaches the routed destination and bytes flow both ways")
    void relaysBothWays() throws Exception {
        try (Destination dest = new Destination();
                MockTor mock = MockTor.builder().socksPort(0).socksRoute("web.test -> connect 127.0.0.1:" + dest.port())
                        .start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send("050100");
            assertEquals("0500", client.read(2));
            client.send(connectTo("web.test", 80));
            Socket server = dest.accept();
            assertEquals("05000001000000000000", client.read(10));
            client.sendBytes("ping".getBytes(StandardCharsets.US_ASCII));
            assertEquals("ping", new String(server.getInputStream().readNBytes(4), StandardCharsets.US_ASCII));
            server.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
            assertEquals("pong", new String(client.readBytes(4), StandardCharsets.US_ASCII));
            server.close();
            assertTrue(client.closedWithin(5_000), "the destination's close reaches the client");
            assertEquals(new SocksOutcome.Connected(dest.port()),
                    mock.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("optimistic data sent with the request, before the reply, reaches the destination first")
    void optimisticData() throws Exception {
        try (Destination dest = new Destination();
                MockTor mock = MockTor.builder().socksPort(0).socksRoute("web.test -> connect 127.0.0.1:" + dest.port())
                        .start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send("050100");
            assertEquals("0500", client.read(2));
            client.send(connectTo("web.test", 80) + RawSocks.hex("early bytes".getBytes(StandardCharsets.US_ASCII)));
            Socket server = dest.accept();
            assertEquals("early bytes", new String(server.getInputStream().readNBytes(11), StandardCharsets.US_ASCII));
            assertEquals("05000001000000000000", client.read(10));
        }
    }

    @Test
    @DisplayName("back-pressure: 48 MiB to a client that does not read is held, not buffered until overflow")
    void backPressure() throws Exception {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 + 7);
        }
        int blocks = 48;
        try (Destination dest = new Destination();
                MockTor mock = MockTor.builder().socksPort(0).socksRoute("bulk.test -> connect 127.0.0.1:" + dest.port())
                        .start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send("050100" + connectTo("bulk.test", 80));
            Socket server = dest.accept();
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < blocks; i++) {
                        server.getOutputStream().write(block);
                        written.incrementAndGet();
                    }
                    server.close();
                } catch (IOException e) {
                    // the test fails on the reading side
                }
            });
            writer.start();
            // While the client reads nothing the writer must stall: the mock stops reading the destination
            // instead of queueing (past Connection's 16 MiB limit it would drop the client).
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> written.get() >= 1);
            org.awaitility.Awaitility.await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                    .until(() -> written.get() < blocks - 8);
            assertEquals("0500", client.read(2));
            assertEquals("05000001000000000000", client.read(10));
            for (int i = 0; i < blocks; i++) {
                assertArrayEquals(block, client.readBytes(block.length), "block " + i);
            }
            assertTrue(client.closedWithin(5_000));
            writer.join(10_000);
        }
    }

    @Test
    @DisplayName("END_STREAM (tor): the client's EOF ends the stream; the destination gets the data, then a close")
    void clientEofEndsStream() throws Exception {
        try (Destination dest = new Destination();
                MockTor mock = MockTor.builder().socksPort(0).socksRoute("web.test -> connect 127.0.0.1:" + dest.port())
                        .start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send("050100" + connectTo("web.test", 80));
            Socket server = dest.accept();
            assertEquals("050005000001000000000000", client.read(12));
            client.sendBytes("last words".getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertEquals("last words", new String(Destination.readToEnd(server), StandardCharsets.US_ASCII));
            assertTrue(client.closedWithin(5_000), "tor closes the client side too: no half-closed streams");
        }
    }

    @Test
    @DisplayName("HALF_CLOSE: the client's EOF is passed on and the response still comes back")
    void halfClose() throws Exception {
        try (Destination dest = new Destination();
                MockTor mock = MockTor.builder().socksPort(0).socksEofPolicy(EofPolicy.HALF_CLOSE)
                        .socksRoute("web.test -> connect 127.0.0.1:" + dest.port()).start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send("050100" + connectTo("web.test", 80));
            Socket server = dest.accept();
            assertEquals("050005000001000000000000", client.read(12));
            client.sendBytes("question".getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertEquals("question", new String(Destination.readToEnd(server), StandardCharsets.US_ASCII));
            server.getOutputStream().write("answer".getBytes(StandardCharsets.US_ASCII));
            server.shutdownOutput();
            assertEquals("answer", new String(client.readToEnd(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    @DisplayName("a destination that refuses the connection gives REP 05 (END CONNECTREFUSED)")
    void destinationRefuses() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (MockTor mock = MockTor.builder().socksPort(0).socksRoute("down.test -> connect 127.0.0.1:" + closed).start();
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send(RawSocks.hex(SocksClientCodec.greeting(AuthMethod.NO_AUTH)) + connectTo("down.test", 80));
            assertEquals("050005050001000000000000", client.read(12));
            assertTrue(client.closedWithin(5_000));
        }
    }
}
