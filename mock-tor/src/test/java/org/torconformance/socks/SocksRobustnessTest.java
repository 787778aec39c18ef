package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.Requests.GREETING;
import static org.torconformance.socks.Requests.GREETING_OK;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.HttpNotAProxy;

/** Hostile and heavy clients: the mock answers like tor, keeps serving, and holds nothing it should have let go. */
class SocksRobustnessTest {
    @Test
    @DisplayName("HTTP on the SOCKS port gets tor's 730-byte 501 page, NUL included, then a close")
    void httpGetsTheNotAProxyPage() throws IOException {
        try (MockTor mock = MockTor.builder().socksPort(0).start(); RawSocks c = new RawSocks(mock.socksPort())) {
            c.sendBytes("GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] page = c.readToEnd();
            assertEquals(730, page.length);
            assertEquals(0, page[page.length - 1]);
            assertArrayEquals(HttpNotAProxy.tor().encode(), page);
            assertTrue(new String(page, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.0 501 Tor is not an HTTP Proxy\r\n"));
        }
    }

    @Test
    @DisplayName("500 connections of random bytes: every one ends or waits, the reactor survives, nothing is left open")
    void garbage() throws IOException {
        SplittableRandom random = new SplittableRandom(20250101);
        try (EchoServer echo = new EchoServer();
                MockTor mock = MockTor.builder().socksPort(0).socksTimeout(Duration.ofSeconds(2))
                        .socksRoute("echo.test -> connect 127.0.0.1:" + echo.port()).start()) {
            for (int i = 0; i < 500; i++) {
                byte[] junk = new byte[1 + random.nextInt(600)];
                random.nextBytes(junk);
                try (RawSocks c = new RawSocks(mock.socksPort())) {
                    c.sendBytes(junk);
                    c.closedWithin(20);
                } catch (IOException resetOnWrite) {
                    // the mock may close before the client finished writing: a reset is fine
                }
            }
            assertEchoWorks(mock, "still serving");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mock.reactor().connectionCount() == 0);
        }
    }

    @Test
    @DisplayName("slowloris: partial and trickled handshakes are closed SocksTimeout after accept, and all let go")
    void slowloris() throws Exception {
        Duration socksTimeout = Duration.ofMillis(800);
        try (MockTor mock = MockTor.builder().socksPort(0).socksTimeout(socksTimeout).start()) {
            List<RawSocks> idle = new ArrayList<>();
            String[] partials = {"05", "0502", "050100", GREETING + "05010003", "04010050", "0401005001020304616263"};
            for (int i = 0; i < 60; i++) {
                RawSocks c = new RawSocks(mock.socksPort());
                c.send(partials[i % partials.length]);
                idle.add(c);
            }
            long start = System.nanoTime();
            RawSocks trickler = new RawSocks(mock.socksPort());
            trickler.send("0401005001020304");
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                try {
                    trickler.send("61"); // one more byte of a user id that never ends
                    return false;
                } catch (IOException closed) {
                    return true;
                }
            });
            assertTrue(System.nanoTime() - start >= socksTimeout.toNanos(), "closed no sooner than SocksTimeout");
            for (RawSocks c : idle) {
                assertTrue(c.drainUntilClosed(5_000), "every partial handshake is closed");
                c.close();
            }
            trickler.close();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> mock.reactor().connectionCount() == 0);
            long timedOut = mock.socksJournal().handshakes().stream()
                    .filter(h -> h.end() == SocksJournalEntry.HandshakeEnd.TIMED_OUT).count();
            assertTrue(timedOut >= 61 - 10, "handshakes journaled as timed out: " + timedOut);
        }
    }

    @Test
    @DisplayName("a closed connection is let go at once, not when its SocksTimeout or a route's delay would have passed")
    void closedConnectionsAreNotKeptByTheirTimers() throws IOException {
        try (MockTor mock = MockTor.builder().socksPort(0).socksRoute("slow.test -> delay 1h then refuse 4").start()) {
            List<WeakReference<SocksStream>> streams = new CopyOnWriteArrayList<>();
            mock.reactor().run(() -> {
                StreamHooks routing = mock.model().part(StreamHooks.class);
                mock.model().putPart(StreamHooks.class, new ForwardingStreamHooks(routing) {
                    @Override
                    public void streamOpened(SocksStream stream) {
                        streams.add(new WeakReference<>(stream));
                        super.streamOpened(stream);
                    }
                });
            });
            try (RawSocks refused = new RawSocks(mock.socksPort())) {
                refused.send(GREETING + Requests.connect("nowhere.example", 80));
                assertEquals(GREETING_OK + Requests.reply(4), refused.read(12));
                assertTrue(refused.closedWithin(5_000));
            }
            try (RawSocks leaving = new RawSocks(mock.socksPort())) {
                leaving.send(GREETING + Requests.connect("slow.test", 80));
                assertEquals(GREETING_OK, leaving.read(2));
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> streams.size() == 2);
            }
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> mock.reactor().connectionCount() == 0);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                System.gc();
                return streams.stream().allMatch(s -> s.get() == null);
            });
        }
    }

    @Test
    @DisplayName("200 concurrent clients each relay 64 KiB through the mock and get it back intact")
    void manyConcurrentClients() throws Exception {
        int clients = 200;
        int size = 64 * 1024;
        try (EchoServer echo = new EchoServer();
                MockTor mock = MockTor.builder().socksPort(0).socksRoute("echo.test -> connect 127.0.0.1:" + echo.port())
                        .start()) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < clients; i++) {
                    int seed = i;
                    results.add(pool.submit(() -> roundTrip(mock.socksPort(), seed, size)));
                }
                for (Future<Boolean> r : results) {
                    assertTrue(r.get());
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("socks: %d concurrent clients relayed %d KiB each both ways in %d ms%n", clients,
                        size / 1024, millis);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(clients, mock.socksJournal().requests().stream()
                    .filter(r -> r.outcome() instanceof SocksOutcome.Connected).count());
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mock.reactor().connectionCount() == 0);
        }
    }

    private static boolean roundTrip(int socksPort, int seed, int size) throws IOException {
        byte[] data = new byte[size];
        new SplittableRandom(seed).nextBytes(data);
        try (RawSocks c = new RawSocks(socksPort)) {
            c.send(GREETING + Requests.connect("echo.test", 7));
            assertEquals("0500" + Requests.reply(0), c.read(12));
            Thread writer = new Thread(() -> {
                try {
                    c.sendBytes(data);
                } catch (IOException e) {
                    // reported by the reader
                }
            });
            writer.start();
            byte[] back = c.readBytes(size);
            return java.util.Arrays.equals(data, back);
        }
    }

    private static void assertEchoWorks(MockTor mock, String why) throws IOException {
        try (RawSocks c = new RawSocks(mock.socksPort())) {
            c.send(GREETING + Requests.connect("echo.test", 7) + Requests.ascii("ping"));
            assertEquals("0500" + Requests.reply(0) + Requests.ascii("ping"), c.read(16), why);
        }
    }
}
