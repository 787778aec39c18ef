package org.torconformance.bench;

import java.util.List;
import org.torconformance.MockTor;

/**
 * {@code bench memory}'s embedded figures, taken in a fresh JVM: in the bench's own JVM the GeoIP
 * tables an earlier mock loaded (kept once per JVM) sat in the baseline, so the figure depended on
 * which benchmarks ran first.
 */
public final class EmbeddedMemory {
    private EmbeddedMemory() {
    }

    public static void main(String[] args) {
        long base = MemoryBench.usedHeapAfterGc();
        try (BenchTarget mock = BenchTarget.mock(MockTor.builder(), false); BenchClient first = mock.authenticated()) {
            first.command(MemoryBench.GEOIP_LOADED);
            long started = MemoryBench.usedHeapAfterGc();
            List<BenchClient> idle = MemoryBench.openIdle(mock);
            long withIdle = MemoryBench.usedHeapAfterGc();
            System.out.println("after-start-bytes=" + (started - base));
            System.out.println("with-idle-bytes=" + (withIdle - base));
            idle.forEach(BenchClient::close);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
