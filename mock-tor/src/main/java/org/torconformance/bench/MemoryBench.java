package org.torconformance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;

/**
 * Memory after start and with {@value #IDLE} idle authenticated connections, each measured once the
 * GeoIP files are loaded: the embedded mock's heap after GC in a fresh JVM (the idle clients are
 * counted too: a socket and a 1 KiB buffer each), and the resident set of a live tor and of the
 * standalone mock from {@code /proc}.
 */
final class MemoryBench {
    static final int IDLE = 1_000;
    /** Answered once the GeoIP files are read, which tor does at start and the mock in the background. */
    static final String GEOIP_LOADED = "GETINFO ip-to-country/8.8.8.8";

    record Figures(double afterStartMb, double withIdleMb) {
    }

    private MemoryBench() {
    }

    /** In a fresh JVM ({@link EmbeddedMemory}), GeoIP tables included as they are in tor's RSS. */
    static Figures embeddedHeap() {
        try (JavaProcess p = JavaProcess.mainClass(EmbeddedMemory.class)) {
            double started = Long.parseLong(p.awaitLine("after-start-bytes")) / 1e6;
            return new Figures(started, Long.parseLong(p.awaitLine("with-idle-bytes")) / 1e6);
        }
    }

    static Figures torRss() {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start()) {
            return rssFigures(tor.pid(), new BenchTarget("tor", tor.controlPort(), java.util.Optional.empty(), () -> { }));
        }
    }

    static Figures standaloneRss() {
        try (JavaProcess p = JavaProcess.standaloneMock(JavaProcess.jar())) {
            int port = Integer.parseInt(p.awaitLine("control-port"));
            return rssFigures(p.pid(), new BenchTarget("mock-jar", port, java.util.Optional.empty(), () -> { }));
        }
    }

    private static Figures rssFigures(long pid, BenchTarget target) {
        try (BenchClient first = target.authenticated()) {
            first.command(GEOIP_LOADED);
            double started = rssMb(pid);
            List<BenchClient> idle = openIdle(target);
            try {
                return new Figures(started, rssMb(pid));
            } finally {
                idle.forEach(BenchClient::close);
            }
        }
    }

    static List<BenchClient> openIdle(BenchTarget target) {
        List<BenchClient> idle = new ArrayList<>();
        for (int i = 0; i < IDLE; i++) {
            idle.add(target.authenticated(1024));
        }
        return idle;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }
}
