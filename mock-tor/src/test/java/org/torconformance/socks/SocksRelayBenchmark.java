package org.torconformance.socks;

import java.io.IOException;
import java.util.SplittableRandom;
import org.torconformance.MockTor;

/**
 * Prints the SOCKS port's figures: refused CONNECTs answered per second (greeting, request and reply on a
 * connection of their own) and relay throughput through one stream to an echo server. Run after
 * {@code mvn -pl mock-tor test-compile} and
 * {@code mvn -q -pl mock-tor dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp "mock-tor/target/classes:mock-tor/target/test-classes:$(cat mock-tor/cp.txt)"
 * org.torconformance.socks.SocksRelayBenchmark}
 */
public final class SocksRelayBenchmark {
    private static final int REQUESTS = 3_000;
    private static final int RELAY_MIB = 256;

    private SocksRelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EchoServer echo = new EchoServer();
                MockTor mock = MockTor.builder().socksPort(0).journalCapacity(10_000)
                        .socksRoute("echo.test -> connect 127.0.0.1:" + echo.port())
                        .socksRoute("no.test -> refuse 0x05").start()) {
            requests(mock.socksPort(), REQUESTS / 10);
            long start = System.nanoTime();
            requests(mock.socksPort(), REQUESTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("refused CONNECTs, one connection each, sequential: %.0f requests/s%n", REQUESTS / seconds);
            relay(mock.socksPort(), 32);
            start = System.nanoTime();
            relay(mock.socksPort(), RELAY_MIB);
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("relay through one stream to an echo server: %d MiB each way in %.2f s = %.0f MiB/s each way%n",
                    RELAY_MIB, seconds, RELAY_MIB / seconds);
        }
    }

    private static void requests(int port, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            try (RawSocks c = new RawSocks(port)) {
                c.send(Requests.GREETING + Requests.connect("no.test", 80));
                c.read(12);
            }
        }
    }

    private static void relay(int port, int mib) throws Exception {
        byte[] block = new byte[1 << 20];
        new SplittableRandom(1).nextBytes(block);
        try (RawSocks c = new RawSocks(port)) {
            c.send(Requests.GREETING + Requests.connect("echo.test", 7));
            c.read(12);
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < mib; i++) {
                        c.sendBytes(block);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            for (int i = 0; i < mib; i++) {
                c.readBytes(block.length);
            }
            writer.join();
        }
    }
}
