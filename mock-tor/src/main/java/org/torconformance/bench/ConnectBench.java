package org.torconformance.bench;

import java.time.Duration;

/** Connections opened, authenticated (NULL, COOKIE or SAFECOOKIE) and closed per second, one at a time. */
final class ConnectBench {
    private static final int MAX_CONNECTIONS = 4_000;

    private ConnectBench() {
    }

    static double run(BenchTarget target, Handshake.Method method, Duration duration) {
        for (int i = 0; i < 200; i++) {
            once(target, method);
        }
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long n = 0;
        long now;
        do {
            once(target, method);
            n++;
            now = System.nanoTime();
        } while (now < end && n < MAX_CONNECTIONS);
        return Stats.perSecond(n, now - start);
    }

    private static void once(BenchTarget target, Handshake.Method method) {
        try (BenchClient c = BenchClient.connect(target.port())) {
            Handshake.authenticate(c, method, target);
        }
    }
}
