package org.torconformance.robustness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;

/**
 * Slowloris and idle clients: one reactor thread serves every connection, so a command dribbled a
 * byte at a time or a line held open only costs its buffered bytes. Tor has no timeout for a
 * controller that never authenticates (its per-second housekeeping expires directory and OR
 * connections only), and neither has the mock: both keep such a connection open.
 */
class SlowClientsTest {
    private static final String COMMAND = "GETINFO version\r\n";

    @Test
    void aDribbledCommandDoesNotHoldUpOthers() {
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try (MockTor mock = MockTor.builder().start();
             RawControlClient dribbler = RawControlClient.connect(mock.controlPort());
             RawControlClient other = RawControlClient.connect(mock.controlPort())) {
            dribbler.command("AUTHENTICATE");
            other.command("AUTHENTICATE");
            AtomicInteger sent = new AtomicInteger();
            pace.scheduleAtFixedRate(() -> {
                int i = sent.get();
                if (i < COMMAND.length()) {
                    dribbler.send(COMMAND.substring(i, i + 1));
                    sent.incrementAndGet();
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() >= 2);
            for (int i = 0; i < 200; i++) {
                assertEquals(250, other.command("GETINFO version").status());
            }
            assertTrue(sent.get() < COMMAND.length(), "the other client finished while the dribbled command was still arriving");
            assertEquals("version=0.4.9.11", dribbler.nextReply(Duration.ofSeconds(10)).orElseThrow().first().text().latin1());
        } finally {
            pace.shutdownNow();
        }
    }

    @Test
    void aPartialLineHeldOpenIsKeptAndCompletedLater() {
        try (MockTor mock = MockTor.builder().start();
             RawControlClient holder = RawControlClient.connect(mock.controlPort());
             RawControlClient other = RawControlClient.connect(mock.controlPort())) {
            holder.command("AUTHENTICATE");
            holder.send("GETINFO vers");
            other.command("AUTHENTICATE");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> {
                other.command("GETINFO version");
                return !holder.isClosedByPeer() && holder.received().length() == "250 OK\r\n".length();
            });
            holder.send("ion\r\n");
            assertEquals("version=0.4.9.11", holder.nextReply(Duration.ofSeconds(10)).orElseThrow().first().text().latin1());
        }
    }

    @Test
    void neitherTorNorTheMockTimesOutAnUnauthenticatedConnection() {
        try (MockTor mock = MockTor.start(); LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start();
             RawControlClient toMock = RawControlClient.connect(mock.controlPort());
             RawControlClient toTor = RawControlClient.connect(tor.controlPort())) {
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5))
                    .until(() -> !toMock.isClosedByPeer() && !toTor.isClosedByPeer());
            assertEquals(250, toMock.command("PROTOCOLINFO").status());
            assertEquals(250, toTor.command("PROTOCOLINFO").status());
        }
    }

    /** A controller that sends a command and shuts down its side: tor answers it, then closes. */
    @Test
    void aHalfClosedControllerIsAnsweredThenClosedAsTorDoes() {
        try (MockTor mock = MockTor.start(); LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start()) {
            ByteString fromMock = halfClose(mock.controlPort());
            ByteString fromTor = halfClose(tor.controlPort());
            assertEquals(fromTor, fromMock);
            assertFalse(fromMock.isEmpty());
        }
    }

    private static ByteString halfClose(int port) {
        try (RawControlClient c = RawControlClient.connect(port)) {
            c.send("PROTOCOLINFO 1\r\n");
            c.shutdownOutput();
            assertTrue(c.awaitClosed(Duration.ofSeconds(10)), "still open after the client's FIN");
            return c.received();
        }
    }
}
