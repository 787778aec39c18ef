package org.torconformance.robustness.fuzz;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.control.circuits.Timings;
import org.torconformance.socks.ForwardingStreamHooks;
import org.torconformance.socks.SocksStream;
import org.torconformance.socks.StreamHooks;

/**
 * Byte-level fuzzing of the SOCKS port: {@code -Dfuzz.inputs} inputs (100,000 by default; raise it for a
 * longer run, within {@code -Dfuzz.seconds}, 300 by default), one per connection, mutated from SOCKS4/4a/5
 * handshakes or random, from four connections at a time. Every request is decided at once by
 * {@link SocksPortTarget#routes}, and SocksTimeout stays at tor's two minutes, far past the bound: a
 * connection still open 10 s after its input is a hang. Zero reactor exceptions, zero hangs, and the mock
 * relays a normal SOCKS5 CONNECT afterwards. {@code -Dfuzz.seed} replays a run.
 */
class SocksPortFuzzTest {
    @Test
    void theSocksPortSurvivesMutatedAndRandomInput() throws Exception {
        long inputs = Long.getLong("fuzz.inputs", 100_000);
        long seed = Long.getLong("fuzz.seed", 20_261_125);
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 300));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (Socket closedPort = refusingLoopbackPort()) {
            // The simulated network answers at once: its latency would only stretch the run.
            MockTor.Builder builder = MockTor.builder().journalCapacity(0).seed(seed).networkTimings(Timings.INSTANT)
                    .socksPort(0, SocksPortTarget.PORT_OPTIONS);
            SocksPortTarget.routes(closedPort.getLocalPort()).forEach(builder::socksRoute);
            try (MockTor mock = builder.start()) {
                mock.reactor().addFailureListener(failures::add);
                AtomicLong streams = new AtomicLong();
                mock.reactor().run(() -> {
                    StreamHooks routing = mock.model().part(StreamHooks.class);
                    mock.model().putPart(StreamHooks.class, new CountingHooks(routing, streams));
                });
                long start = System.nanoTime();
                FuzzHarness.Result r = FuzzHarness.run(new SocksPortTarget(mock.socksPort()), inputs, 4, seed, Duration.ofSeconds(10), budget);
                long millis = (System.nanoTime() - start) / 1_000_000;

                System.out.printf("socks-port fuzz: %d inputs on %d connections in %d ms, %d became streams, %d bytes back, seed %d%n",
                        r.inputs(), r.connections(), millis, streams.get(), r.bytesBack(), seed);
                assertEquals(List.of(), failures, "exceptions in the reactor");
                assertEquals(List.of(), r.hangs());
                assertEquals(List.of(), r.errors());
                assertTrue(r.inputs() >= inputs, "only " + r.inputs() + " inputs within " + budget);
                assertTrue(streams.get() >= inputs / 20, "only " + streams.get() + " of " + r.inputs() + " inputs got past the handshake");
                await().atMost(Duration.ofSeconds(10)).until(() -> mock.reactor().connectionCount() == 0);
                aNormalConnectIsRelayed(mock);
                assertEquals(List.of(), failures, "exceptions in the reactor");
            }
        }
    }

    /** SOCKS5 CONNECT to a route added now: tor's success reply, then the destination's bytes. */
    private static void aNormalConnectIsRelayed(MockTor mock) throws Exception {
        try (ServerSocket destination = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            mock.socksRoutes().add("after.test -> connect 127.0.0.1:" + destination.getLocalPort());
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket s = destination.accept()) {
                    s.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (Socket c = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), mock.socksPort())) {
                c.setSoTimeout(10_000);
                OutputStream out = c.getOutputStream();
                out.write(HexFormat.of().parseHex("050100" + "05010003" + "0a" + HexFormat.of().formatHex("after.test".getBytes(StandardCharsets.US_ASCII)) + "0050"));
                InputStream in = c.getInputStream();
                assertArrayEquals(HexFormat.of().parseHex("0500" + "05000001000000000000"), in.readNBytes(12));
                assertArrayEquals("pong".getBytes(StandardCharsets.US_ASCII), in.readNBytes(4));
            }
            served.get(10, TimeUnit.SECONDS);
        }
    }

    /** A loopback port that refuses connections: bound, so nothing else can take it, but never listening. */
    private static Socket refusingLoopbackPort() throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        return s;
    }

    /** The model's hooks, counting the requests that passed the handshake and became streams. */
    private static final class CountingHooks extends ForwardingStreamHooks {
        private final AtomicLong streams;

        CountingHooks(StreamHooks routing, AtomicLong streams) {
            super(routing);
            this.streams = streams;
        }

        @Override
        public void streamOpened(SocksStream stream) {
            streams.incrementAndGet();
            super.streamOpened(stream);
        }
    }
}
