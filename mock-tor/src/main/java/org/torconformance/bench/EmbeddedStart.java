package org.torconformance.bench;

import org.torconformance.MockTor;

/**
 * Run in a fresh JVM by {@link StartupBench}: prints the nanoseconds from {@code MockTor.start()} to
 * the first reply (PROTOCOLINFO), the embedded mock's cold start as the first test of a suite sees it.
 */
public final class EmbeddedStart {
    private EmbeddedStart() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (MockTor mock = MockTor.start(); BenchClient c = BenchClient.connect(mock.controlPort())) {
            c.command("PROTOCOLINFO");
            long cold = System.nanoTime() - t0;
            System.out.println("cold-nanos=" + cold);
        }
        long t1 = System.nanoTime();
        try (MockTor mock = MockTor.start(); BenchClient c = BenchClient.connect(mock.controlPort())) {
            c.command("PROTOCOLINFO");
            System.out.println("second-nanos=" + (System.nanoTime() - t1));
        }
    }
}
