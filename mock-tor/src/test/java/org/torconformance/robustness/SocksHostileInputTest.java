package org.torconformance.robustness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.torconformance.MockTor;
import org.torconformance.livetor.LiveTor;
import org.torconformance.socks.wire.HttpNotAProxy;

/**
 * What a hostile or broken client can send a SOCKS port: HTTP and HTTP CONNECT probes, over 1 MiB of
 * garbage, NUL bytes, invalid UTF-8 in a SOCKS4a hostname and a SOCKS5 domain, v0-like bytes, binary
 * garbage, handshakes cut short by the client's FIN, and a handshake dribbled a byte at a time. Each gets
 * the bytes a live tor 0.4.9.11 sends and is closed as tor closes it, and the mock leaks no thread and no
 * file descriptor. Isolated: it counts the JVM's.
 *
 * <p>The live tor has no network (its only authority is a closed loopback port), so a request it accepts
 * waits for a circuit; the mock routes everything to {@code fault no-reply} to wait alike, and the inputs
 * that would leave both waiting are half-closed, which ends them on both.
 */
@Isolated
class SocksHostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MIB = 1024 * 1024;

    record HostileInput(String name, byte[] bytes, boolean halfClose) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<HostileInput> inputs() {
        byte[] garbage = new byte[64 * 1024];
        new SplittableRandom(9).nextBytes(garbage);
        garbage[0] = (byte) 0xEE; // neither a SOCKS version nor the first letter of an HTTP method
        return List.of(
                input("HTTP GET probe", ascii("GET / HTTP/1.0\r\n\r\n")),
                input("HTTP CONNECT probe", ascii("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")),
                input("1 MiB after GET", concat(ascii("GET /"), repeat('a', MIB), ascii(" HTTP/1.0\r\n\r\n"))),
                input("1 MiB of garbage", concat(repeat('A', MIB), ascii("\r\n"))),
                input("SOCKS4 user id of 1 MiB", concat(hex("0401005001020304"), repeat('u', MIB), hex("00"))),
                input("SOCKS4 user id of 1 MiB, unterminated", concat(hex("0401005001020304"), repeat('u', MIB))),
                input("SOCKS5 greeting, then 1 MiB of 05", concat(hex("050100"), repeat(5, MIB))),
                input("SOCKS5 greeting, then 1 MiB of NUL", concat(hex("050100"), repeat(0, MIB))),
                input("64 KiB of random bytes", garbage),
                input("NUL bytes", repeat(0, 64)),
                input("v0-like bytes", hex("000000010000")),
                input("SOCKS4a hostname with invalid UTF-8", concat(hex("0401005000000001" + "00"), hex("c328ff"), ascii(".example"), hex("00"))),
                input("SOCKS4a RESOLVE of a hostname with invalid UTF-8", concat(hex("04f0000000000001" + "00"), hex("c328ff"), ascii(".example"), hex("00"))),
                input("SOCKS5 domain with invalid UTF-8", hex("050100" + "05010003" + "09" + "c328fffe80" + "61626364" + "0050")),
                input("SOCKS5 RESOLVE of a domain with invalid UTF-8", hex("050100" + "05f00003" + "09" + "c328fffe80" + "61626364" + "0000")),
                halfClosed("SOCKS4 user id with invalid UTF-8, then FIN", hex("0401005001020304" + "c328ff" + "00")),
                halfClosed("SOCKS5 username with invalid UTF-8, then FIN", hex("050102" + "01" + "03c328ff" + "02fe00")),
                halfClosed("a single NUL, then FIN", hex("00")),
                halfClosed("SOCKS5 greeting cut short, then FIN", hex("0501")),
                halfClosed("SOCKS5 request cut short, then FIN", hex("050100" + "05010003")),
                halfClosed("SOCKS4 request cut short, then FIN", hex("04010050" + "0102")),
                halfClosed("SOCKS5 greeting of 255 NUL methods, then FIN", concat(hex("05ff"), repeat(0, 255))));
    }

    @Test
    void hostileInputsGetWhatALiveTorSends() {
        List<HostileInput> inputs = inputs();
        List<SocksAnswer> fromTor = new ArrayList<>();
        try (LiveTor tor = LiveTor.builder().socksWithUnreachableAuthority().start()) {
            for (HostileInput in : inputs) {
                fromTor.add(SocksAnswer.to(tor.socksPort().orElseThrow(), in.bytes(), in.halfClose(), BOUND));
            }
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = waitingMock(Duration.ofMinutes(2))) {
            mock.reactor().addFailureListener(failures::add);
            for (int i = 0; i < inputs.size(); i++) {
                HostileInput in = inputs.get(i);
                assertTrue(fromTor.get(i).closed(), "tor left '" + in + "' open: " + fromTor.get(i));
                assertEquals(fromTor.get(i), SocksAnswer.to(mock.socksPort(), in.bytes(), in.halfClose(), BOUND), in.name());
            }
        }
        assertEquals(List.of(), failures, "exceptions in the reactor");

        byte[] page = fromTor.get(0).bytes();
        assertArrayEquals(HttpNotAProxy.tor().encode(), page, "tor's 501 page, as the mock keeps it");
        assertEquals(730, page.length);
        assertEquals(0, page[729], "tor sends the C string's NUL too");
        assertTrue(new String(page, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.0 501 Tor is not an HTTP Proxy\r\n"));
        assertEquals(fromTor.get(0), fromTor.get(1), "the CONNECT method gets the same page");
    }

    /**
     * A handshake dribbled a byte every 100 ms: tor closes it, silently, SocksTimeout after accept however
     * much arrives meanwhile. Tor checks once a second with whole-second timestamps, so its close comes up to
     * a second either side of SocksTimeout; the mock closes on time.
     */
    @Test
    void aDribbledHandshakeIsClosedSocksTimeoutAfterAcceptAsByTor() throws Exception {
        Duration socksTimeout = Duration.ofSeconds(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LiveTor tor = LiveTor.builder().socksWithUnreachableAuthority().torrcLine("SocksTimeout 2").start();
                MockTor mock = waitingMock(socksTimeout)) {
            CompletableFuture<Dribbled> atTor = CompletableFuture.supplyAsync(() -> dribble(tor.socksPort().orElseThrow()), pool);
            CompletableFuture<Dribbled> atMock = CompletableFuture.supplyAsync(() -> dribble(mock.socksPort()), pool);
            Dribbled t = atTor.get(30, TimeUnit.SECONDS);
            Dribbled m = atMock.get(30, TimeUnit.SECONDS);
            assertEquals("", t.answer(), "tor closes without a reply");
            assertEquals("", m.answer(), "the mock closes without a reply");
            assertTrue(t.closedAfter().compareTo(socksTimeout.minusSeconds(1)) >= 0 && t.closedAfter().compareTo(socksTimeout.plusMillis(1_500)) <= 0,
                    "tor closed after " + t.closedAfter());
            assertTrue(m.closedAfter().compareTo(socksTimeout) >= 0 && m.closedAfter().compareTo(socksTimeout.plusSeconds(1)) <= 0,
                    "the mock closed after " + m.closedAfter());
            assertTrue(t.bytesSent() > 10 && m.bytesSent() > 10, "the clients kept sending: " + t + ", " + m);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostileAndSlowClientsLeaveNoThreadOrDescriptorBehind() {
        oneMockRun(); // loads the classes, so the baseline counts only what a run leaves behind
        ProcessResources baseline = ProcessResources.now();
        oneMockRun();
        await().pollInSameThread().atMost(BOUND).untilAsserted(() -> {
            ProcessResources now = ProcessResources.now();
            assertTrue(now.noMoreThan(baseline), "before: " + baseline + ", after: " + now + "\n" + ProcessResources.threadNames());
        });
    }

    /** Every hostile input, 50 handshakes left hanging until SocksTimeout, 50 cut by the client's FIN; then a normal request. */
    private static void oneMockRun() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = MockTor.builder().socksPort(0).socksTimeout(Duration.ofMillis(500)).start()) {
            mock.reactor().addFailureListener(failures::add);
            int port = mock.socksPort();
            for (HostileInput in : inputs()) {
                assertTrue(SocksAnswer.to(port, in.bytes(), in.halfClose(), BOUND).closed(), in.name());
            }
            List<Socket> hanging = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
                    s.getOutputStream().write(hex("04010050" + "01020304" + "6869"));
                    if (i % 2 == 0) {
                        s.shutdownOutput();
                    }
                    hanging.add(s);
                }
                for (Socket s : hanging) {
                    s.setSoTimeout((int) BOUND.toMillis());
                    assertEquals(-1, s.getInputStream().read(), "closed without a reply");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                hanging.forEach(SocksHostileInputTest::closeQuietly);
            }
            SocksAnswer normal = SocksAnswer.to(port, hex("050100" + "05f00003" + "09" + HexFormat.of().formatHex(ascii("localhost")) + "0000"), false, BOUND);
            assertEquals(new SocksAnswer("0500" + "05000001" + "7f000001" + "0000", true), normal, "a RESOLVE after all that");
            await().atMost(BOUND).until(() -> mock.reactor().connectionCount() == 0);
        }
        assertEquals(List.of(), failures, "exceptions in the reactor");
    }

    /** A mock that, like a tor without a network, keeps every accepted request waiting. */
    private static MockTor waitingMock(Duration socksTimeout) {
        return MockTor.builder().socksPort(0).socksTimeout(socksTimeout).socksRoute("* -> fault no-reply").start();
    }

    record Dribbled(Duration closedAfter, String answer, int bytesSent) {
    }

    /**
     * Starts a SOCKS4 request whose user id never ends and sends one more byte of it every 100 ms until the
     * server closes (an EOF, or a reset when a byte crossed the close).
     */
    private static Dribbled dribble(int port) {
        try (Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
            long start = System.nanoTime();
            s.setSoTimeout(100);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] first = hex("04010050" + "01020304");
            out.write(first);
            int sent = first.length;
            while (System.nanoTime() - start < BOUND.toNanos()) {
                try {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    got.write(b);
                } catch (java.net.SocketTimeoutException quiet) {
                    try {
                        out.write('a');
                        sent++;
                    } catch (IOException closed) {
                        break;
                    }
                } catch (IOException reset) {
                    break;
                }
            }
            Duration after = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(after.compareTo(BOUND) < 0, "not closed within " + BOUND + " of accept");
            return new Dribbled(after, HexFormat.of().formatHex(got.toByteArray()), sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileInput input(String name, byte[] bytes) {
        return new HostileInput(name, bytes, false);
    }

    private static HostileInput halfClosed(String name, byte[] bytes) {
        return new HostileInput(name, bytes, true);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] repeat(int b, int n) {
        byte[] out = new byte[n];
        Arrays.fill(out, (byte) b);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
