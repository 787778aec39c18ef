package org.torconformance.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.torconformance.MockTor;

/**
 * {@code mock-tor bench all|roundtrip|events|connect|startup|memory}: the control-port benchmarks,
 * each measuring the mock and a live tor (DisableNetwork 1) on this machine in the same run with the
 * same client. Every figure is the median of {@code rounds} runs; the table is printed at the end.
 */
public final class ControlBench {
    public static final Set<String> NAMES = Set.of("all", "roundtrip", "events", "connect", "startup", "memory");

    private final PrintStream out;
    private final int rounds;
    private final List<Row> rows = new ArrayList<>();

    private ControlBench(PrintStream out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public static void run(String name, PrintStream out, int rounds) throws Exception {
        ControlBench b = new ControlBench(out, rounds);
        boolean all = name.equals("all");
        out.printf("control-port benchmarks: %s, median of %d rounds, %d cores, java %s%n", name, rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (all || name.equals("startup")) {
            b.startup();
        }
        if (all || name.equals("roundtrip")) {
            b.roundTrips();
        }
        if (all || name.equals("events")) {
            b.events();
        }
        if (all || name.equals("connect")) {
            b.connects();
        }
        if (all || name.equals("memory")) {
            b.memory();
        }
        out.println();
        ResultTable.print(out, b.rows);
    }

    private double measure(String what, DoubleSupplier m) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            values.add(m.getAsDouble());
        }
        double median = Stats.median(values);
        out.printf(Locale.ROOT, "  %-44s median %s  (runs: %s)%n", what, ResultTable.number(median),
                String.join(", ", values.stream().map(ResultTable::number).toList()));
        return median;
    }

    private void roundTrips() throws Exception {
        try (BenchTarget mock = BenchTarget.mock(true); BenchTarget tor = BenchTarget.tor(true);
             BenchTarget quiet = BenchTarget.mock(MockTor.builder().journalCapacity(0), true)) {
            Duration d = Duration.ofMillis(1500);
            double ms = measure("sequential round trips/s, mock", () -> RoundTripBench.sequential(mock, d));
            double qs = measure("sequential round trips/s, mock, journal off", () -> RoundTripBench.sequential(quiet, d));
            double ts = measure("sequential round trips/s, tor", () -> RoundTripBench.sequential(tor, d));
            rows.add(new Row("sequential round trips (GETINFO version)", "/s", ms, ts, "tor", ">= tor", r -> r >= 1.0, true));
            rows.add(new Row("sequential round trips, journal off", "/s", qs, ts, "tor", ">= tor", r -> r >= 1.0, true));
            int n = 1_000_000;
            // One unmeasured run each, as JMH warms up: the first million commands include the JIT's work.
            for (BenchTarget t : List.of(mock, quiet, tor)) {
                RoundTripBench.pipelined(t, n);
            }
            double mp = measure("pipelined replies/s, mock", () -> RoundTripBench.pipelined(mock, n));
            double qp = measure("pipelined replies/s, mock, journal off", () -> RoundTripBench.pipelined(quiet, n));
            double tp = measure("pipelined replies/s, tor", () -> RoundTripBench.pipelined(tor, n));
            rows.add(new Row("pipelined replies (" + n + " GETINFO version)", "/s", mp, tp, "tor", ">= 3x tor", r -> r >= 3.0, true));
            rows.add(new Row("pipelined replies, journal off", "/s", qp, tp, "tor", ">= 3x tor", r -> r >= 3.0, true));
        }
    }

    private void events() throws Exception {
        try (BenchTarget mock = BenchTarget.mock(false)) {
            long one = 2_000_000;
            double m1 = measure("events/s to 1 subscriber, mock", () -> EventBench.mock(mock, 1, one));
            double f1 = measure("events/s to 1 subscriber, loopback floor", () -> EventBench.floor(1, one));
            rows.add(new Row("events delivered, 1 subscriber", "/s", m1, f1, "floor", ">= 1,000,000/s", v -> v >= 1_000_000, false));
            long each = 50_000;
            double m100 = measure("events/s to 100 subscribers, mock", () -> EventBench.mock(mock, 100, each));
            double f100 = measure("events/s to 100 subscribers, loopback floor", () -> EventBench.floor(100, each));
            rows.add(new Row("events delivered, 100 subscribers (sum)", "/s", m100, f100, "floor", "", Row.NONE, false));
        }
    }

    private void connects() throws Exception {
        Duration d = Duration.ofSeconds(1);
        try (BenchTarget mock = BenchTarget.mock(false); BenchTarget tor = BenchTarget.tor(false)) {
            connectRow(Handshake.Method.NULL, mock, tor, d);
        }
        try (BenchTarget mock = BenchTarget.mock(true); BenchTarget tor = BenchTarget.tor(true)) {
            connectRow(Handshake.Method.COOKIE, mock, tor, d);
            connectRow(Handshake.Method.SAFECOOKIE, mock, tor, d);
        }
    }

    private void connectRow(Handshake.Method method, BenchTarget mock, BenchTarget tor, Duration d) {
        double m = measure("connect+" + method + "/s, mock", () -> ConnectBench.run(mock, method, d));
        double t = measure("connect+" + method + "/s, tor", () -> ConnectBench.run(tor, method, d));
        rows.add(new Row("connect + authenticate " + method, "/s", m, t, "tor", "", Row.NONE, true));
    }

    private void startup() {
        double cold = measure("embedded start to first reply, fresh JVM (ms)", StartupBench::embeddedCold);
        StartupBench.embeddedWarm();
        double warm = measure("embedded start to first reply, warm JVM (ms)", StartupBench::embeddedWarm);
        double jar = measure("standalone jar start to first reply (ms)", StartupBench::standaloneJar);
        double tor = measure("live tor start to first reply (ms)", StartupBench::liveTor);
        rows.add(new Row("embedded start to first reply, warm JVM", "ms", warm, tor, "tor", "< 50 ms", v -> v < 50, false));
        rows.add(new Row("embedded start to first reply, fresh JVM", "ms", cold, tor, "tor", "", Row.NONE, false));
        rows.add(new Row("standalone jar start to first reply", "ms", jar, tor, "tor", "", Row.NONE, false));
    }

    private void memory() {
        MemoryBench.Figures heap = MemoryBench.embeddedHeap();
        out.printf(Locale.ROOT, "  embedded mock heap after GC: %.1f MB after start, %.1f MB with %d idle connections%n",
                heap.afterStartMb(), heap.withIdleMb(), MemoryBench.IDLE);
        MemoryBench.Figures tor = MemoryBench.torRss();
        out.printf(Locale.ROOT, "  live tor RSS: %.1f MB after start, %.1f MB with %d idle connections%n",
                tor.afterStartMb(), tor.withIdleMb(), MemoryBench.IDLE);
        MemoryBench.Figures jar = MemoryBench.standaloneRss();
        out.printf(Locale.ROOT, "  standalone mock RSS: %.1f MB after start, %.1f MB with %d idle connections%n",
                jar.afterStartMb(), jar.withIdleMb(), MemoryBench.IDLE);
        rows.add(new Row("embedded heap after start (tor: RSS)", "MB", heap.afterStartMb(), tor.afterStartMb(), "tor RSS", "", Row.NONE, false));
        rows.add(new Row("embedded heap, 1,000 idle connections (tor: RSS)", "MB", heap.withIdleMb(), tor.withIdleMb(), "tor RSS",
                "< 256 MB", v -> v < 256, false));
        rows.add(new Row("standalone jar RSS, 1,000 idle connections", "MB", jar.withIdleMb(), tor.withIdleMb(), "tor RSS", "", Row.NONE, false));
    }
}
