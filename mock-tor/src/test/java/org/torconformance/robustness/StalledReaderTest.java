package org.torconformance.robustness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.control.ControlSession;
import org.torconformance.net.Connection;
import org.torconformance.wire.ByteString;

/**
 * A controller that stops reading does not hold up the others, and the mock keeps at most the
 * output limit for it before closing it; a slow reader still gets everything, in order.
 */
class StalledReaderTest {
    /** A CIRC event of about 1 KB, so the 64 MiB limit is reached with ~70,000 events. */
    private static final String PADDING = "A".repeat(1_000);

    @Test
    void aStalledControllerIsClosedAtTheOutputLimitWhileOthersKeepReceiving() throws IOException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = MockTor.builder().journalCapacity(0).start();
             SocketChannel stalled = subscriber(mock.controlPort());
             Fleet healthy = Fleet.connect(mock.controlPort(), 3)) {
            mock.reactor().addFailureListener(failures::add);
            healthy.members.forEach(m -> m.send("AUTHENTICATE\r\nSETEVENTS CIRC\r\n"));
            await().atMost(Duration.ofSeconds(10)).until(() -> healthy.members.stream().allMatch(m -> m.replies.size() == 2));
            Connection stalledConnection = mock.reactor().call(() -> mock.model().sessions().stream()
                    .map(ControlSession::connection).min((a, b) -> Long.compare(a.id(), b.id())).orElseThrow());
            assertEquals(Connection.DEFAULT_OUTPUT_LIMIT, mock.reactor().call(stalledConnection::outputLimit));

            AtomicLong published = new AtomicLong();
            AtomicLong maxPending = new AtomicLong();
            Runnable batch = new Runnable() {
                @Override
                public void run() {
                    boolean backlog = healthy.members.stream().anyMatch(m -> m.events.size() < published.get() - 20_000);
                    if (!backlog) {
                        for (int i = 0; i < 500; i++) {
                            long seq = published.getAndIncrement();
                            mock.model().events().publishRaw("CIRC", ByteString.latin1("650 CIRC " + seq + " BUILT " + PADDING + "\r\n"));
                        }
                    }
                    if (stalledConnection.isOpen()) {
                        maxPending.accumulateAndGet(stalledConnection.pendingOutput(), Math::max);
                        mock.reactor().execute(this);
                    }
                }
            };
            mock.reactor().execute(batch);
            await().atMost(Duration.ofSeconds(60)).until(() -> !mock.reactor().call(stalledConnection::isOpen));
            long total = published.get();
            await().atMost(Duration.ofSeconds(60)).until(() -> healthy.members.stream().allMatch(m -> m.events.size() >= total));

            assertTrue(maxPending.get() <= Connection.DEFAULT_OUTPUT_LIMIT,
                    "pending output for the stalled reader peaked at " + maxPending.get());
            assertTrue(total * 1_000 > Connection.DEFAULT_OUTPUT_LIMIT, "the limit was reached by " + total + " events");
            for (Fleet.Member m : healthy.members) {
                assertEquals(total, m.events.size());
                assertFalse(m.closedByPeer);
                for (int i = 0; i < total; i += 997) {
                    assertTrue(m.events.get(i).first().text().latin1().startsWith("CIRC " + i + " BUILT"));
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void aSlowReaderGetsEverythingInOrderWithoutHoldingUpAFastOne() throws IOException {
        int events = 20_000;
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try (MockTor mock = MockTor.builder().journalCapacity(0).start();
             SocketChannel slow = subscriber(mock.controlPort());
             Fleet fast = Fleet.connect(mock.controlPort(), 1)) {
            fast.members.get(0).send("AUTHENTICATE\r\nSETEVENTS CIRC\r\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> fast.members.get(0).replies.size() == 2);
            StringBuilder slowText = new StringBuilder();
            slow.configureBlocking(false);
            ByteBuffer buf = ByteBuffer.allocate(16 * 1024);
            pace.scheduleAtFixedRate(() -> {
                try {
                    buf.clear();
                    int n = slow.read(buf);
                    if (n > 0) {
                        synchronized (slowText) {
                            slowText.append(new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1));
                        }
                    }
                } catch (IOException ignored) {
                    // the assertions below report what arrived
                }
            }, 0, 10, TimeUnit.MILLISECONDS);
            mock.reactor().execute(() -> {
                for (int i = 0; i < events; i++) {
                    mock.model().events().publishRaw("CIRC", ByteString.latin1("650 CIRC " + i + " BUILT " + PADDING.substring(0, 100) + "\r\n"));
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> fast.members.get(0).events.size() == events);
            int slowLinesWhenFastDone;
            synchronized (slowText) {
                slowLinesWhenFastDone = (int) slowText.chars().filter(c -> c == '\n').count();
            }
            assertTrue(slowLinesWhenFastDone < events, "the slow reader was not behind: " + slowLinesWhenFastDone);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                synchronized (slowText) {
                    return slowText.chars().filter(c -> c == '\n').count() >= events + 2;
                }
            });
            String[] lines = slowText.toString().split("\r\n");
            assertEquals("250 OK", lines[0]);
            assertEquals("250 OK", lines[1]);
            for (int i = 0; i < events; i++) {
                assertTrue(lines[i + 2].startsWith("650 CIRC " + i + " BUILT "), "line " + (i + 2) + ": " + lines[i + 2]);
            }
        } finally {
            pace.shutdownNow();
        }
    }

    /** An authenticated CIRC subscriber that has read its two 250 OKs and then reads nothing more. */
    private static SocketChannel subscriber(int port) throws IOException {
        SocketChannel ch = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        ch.write(ByteBuffer.wrap("AUTHENTICATE\r\nSETEVENTS CIRC\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        return ch;
    }
}
