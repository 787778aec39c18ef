package org.torconformance.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GETINFO version against a control port: one command outstanding at a time (round trips per
 * second), and a batch written at once while the replies are read (pipelined replies per second).
 */
final class RoundTripBench {
    static final String COMMAND = "GETINFO version\r\n";

    private RoundTripBench() {
    }

    static double sequential(BenchTarget target, Duration duration) {
        try (BenchClient c = target.authenticated()) {
            byte[] cmd = COMMAND.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 2_000; i++) {
                c.send(cmd);
                c.awaitReplies(1);
            }
            long n = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long now;
            do {
                for (int i = 0; i < 100; i++) {
                    c.send(cmd);
                    c.awaitReplies(1);
                }
                n += 100;
                now = System.nanoTime();
            } while (now < end);
            return Stats.perSecond(n, now - start);
        }
    }

    static double pipelined(BenchTarget target, int commands) {
        try (BenchClient c = target.authenticated()) {
            byte[] warm = COMMAND.repeat(2_000).getBytes(StandardCharsets.ISO_8859_1);
            c.send(warm);
            c.awaitReplies(2_000);
            byte[] batch = COMMAND.repeat(commands).getBytes(StandardCharsets.ISO_8859_1);
            Thread writer = new Thread(() -> c.send(batch), "bench-pipelined-writer");
            long start = System.nanoTime();
            writer.start();
            c.awaitReplies(commands);
            long elapsed = System.nanoTime() - start;
            join(writer);
            return Stats.perSecond(commands, elapsed);
        }
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
