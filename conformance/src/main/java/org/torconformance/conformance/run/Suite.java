package org.torconformance.conformance.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.torconformance.conformance.fuzz.FuzzStage;
import org.torconformance.conformance.report.Reports;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.conformance.target.NetworkTarget;
import org.torconformance.conformance.target.ReferenceTarget;
import org.torconformance.conformance.target.Target;

/**
 * One conformance run: every selected case on every selected target, then the reports and the
 * verdict for CI. Exit code 0: everything OK or baselined; 1: a new failure or a stale baseline
 * entry; 2: the harness could not run (or a case ended in ERROR).
 */
public final class Suite {
    /** {@code jobs}: how many targets run at once (network targets always take one lane together). */
    public record Options(Path features, Path reports, Path baseline, List<String> targets, Selection selection,
                          boolean strict, Timeouts timeouts, long seed, Optional<FuzzStage.Budget> fuzz, Path regressions,
                          boolean keepFailures, int jobs) {
        public Options {
            if (jobs < 1) {
                throw new IllegalArgumentException("--jobs needs at least 1, got " + jobs);
            }
        }

        /** Without fuzzing (tests of the runner itself). */
        public Options(Path features, Path reports, Path baseline, List<String> targets, Selection selection, boolean strict,
                       Timeouts timeouts, long seed) {
            this(features, reports, baseline, targets, selection, strict, timeouts, seed, Optional.empty(), Path.of("fixtures/regressions"),
                    false, 1);
        }
    }

    private Suite() {
    }

    public static int run(Options o, List<Target> targets) throws IOException {
        long start = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        Map<String, String> described = new LinkedHashMap<>();
        Map<String, List<String>> networkSequences = new LinkedHashMap<>();
        // Listing is a dry run through CaseLister's static list, so it stays on this thread.
        Map<Target, Integer> totals = new LinkedHashMap<>();
        for (Target t : targets) {
            described.put(t.name(), t.description());
            CucumberRun.run(o.features(), ScenarioKinds.of(t), o.selection(), List.of(), true);
            int total = CaseLister.drain().size();
            if (total == 0) {
                t.close();
            } else {
                totals.put(t, total);
            }
        }
        Map<Target, RunContext> contexts = runLanes(o, totals);
        for (Target t : totals.keySet()) {
            RunContext ctx = contexts.get(t);
            if (ctx != null) {
                results.addAll(ctx.results());
                networkSequences.putAll(ctx.networkSequences());
            }
        }
        if (o.fuzz().isPresent() && selectsFuzz(o.selection())) {
            results.addAll(fuzz(o, targets, described));
        }
        Baseline baseline = Baseline.load(o.baseline());
        Set<String> baselined = new HashSet<>();
        List<String> newFailures = new ArrayList<>();
        boolean errors = false;
        for (CaseResult r : results) {
            boolean failing = r.verdict().isFailure(o.strict()) || r.verdict() == Verdict.ERROR;
            if (!failing) {
                continue;
            }
            if (baseline.covers(r)) {
                baselined.add(r.key());
            } else if (r.verdict() == Verdict.ERROR) {
                errors = true;
                newFailures.add(r.key() + " ERROR: " + r.message());
            } else {
                newFailures.add(r.key() + " " + r.verdict().label() + ": " + r.message());
            }
        }
        List<String> stale = baseline.stale(results);
        int exit = errors ? 2 : (!newFailures.isEmpty() || !stale.isEmpty()) ? 1 : 0;
        RunSummary summary = new RunSummary(results, described, baselined, newFailures, stale,
                Baseline.linesFor(results, o.strict()), o.seed(), o.strict(), exit, (System.nanoTime() - start) / 1_000_000,
                networkSequences);
        Reports.write(o.reports(), summary);
        printOutcome(summary, o);
        return exit;
    }

    /**
     * Runs the targets, up to {@code jobs} at once: each target is its own lane, except the network
     * targets, which share one private tor network and so take one lane between them, in order.
     * Results come back per target, so the reports keep the targets' order whatever finished first.
     */
    private static Map<Target, RunContext> runLanes(Options o, Map<Target, Integer> totals) {
        List<List<Target>> lanes = new ArrayList<>();
        List<Target> network = new ArrayList<>();
        for (Target t : totals.keySet()) {
            if (t instanceof NetworkTarget) {
                if (network.isEmpty()) {
                    lanes.add(network);
                }
                network.add(t);
            } else {
                lanes.add(List.of(t));
            }
        }
        Map<Target, RunContext> contexts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.jobs(), Math.max(1, lanes.size())), r -> {
            Thread th = new Thread(r, "conformance-lane");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Target> lane : lanes) {
                running.add(pool.submit(() -> lane.forEach(t -> contexts.put(t, runTarget(o, t, totals.get(t))))));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a target's run failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while targets ran", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return contexts;
    }

    private static RunContext runTarget(Options o, Target t, int total) {
        System.out.printf("== %s: %d cases (%s)%n", t.name(), total, t.description());
        RunContext ctx = new RunContext(t, o.timeouts(), o.seed(), total, r -> { });
        RunContext.begin(ctx);
        try {
            Path cucumberDir = o.reports().resolve("cucumber");
            CucumberRun.run(o.features(), ScenarioKinds.of(t), o.selection(),
                    List.of("html:" + cucumberDir.resolve(t.name() + ".html"), "message:" + cucumberDir.resolve(t.name() + ".ndjson")),
                    false);
        } finally {
            RunContext.end();
            t.close();
        }
        return ctx;
    }

    private static void printOutcome(RunSummary s, Options o) {
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        s.results().forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        System.out.println();
        System.out.printf("%d results in %.1f s: %s%n", s.results().size(), s.durationMillis() / 1000.0, counts);
        if (!s.newFailures().isEmpty()) {
            System.out.println("New failures (not in " + o.baseline() + "):");
            s.newFailures().forEach(f -> System.out.println("  " + f));
        }
        if (!s.staleBaseline().isEmpty()) {
            System.out.println("Stale baseline entries (the case no longer ends as listed):");
            s.staleBaseline().forEach(f -> System.out.println("  " + f));
        }
        if (!s.newFailures().isEmpty() || !s.staleBaseline().isEmpty()) {
            System.out.println("To accept this run as the baseline, replace the entries for these cases with:");
            s.baselineUpdate().forEach(l -> System.out.println("  " + l));
        }
        System.out.println("Reports: " + o.reports().toAbsolutePath().resolve("index.html"));
        System.out.println("Exit code " + s.exitCode());
    }

    /**
     * The generated cases, for every client target at once (each has its own mock, so they are
     * independent), plus the reference client as the control group: a property it fails is a
     * harness bug, not a library's.
     */
    private static List<CaseResult> fuzz(Options o, List<Target> targets, Map<String, String> described) throws IOException {
        List<ClientTarget> clients = new ArrayList<>();
        targets.stream().filter(t -> t instanceof ClientTarget).forEach(t -> clients.add((ClientTarget) t));
        if (clients.isEmpty()) {
            return List.of();
        }
        if (clients.stream().noneMatch(c -> c.name().equals("reference"))) {
            clients.add(new ReferenceTarget());
        }
        System.out.printf("== fuzzing %s at once (seed %d, up to %d cases or %d s each)%n",
                clients.stream().map(Target::name).toList(), o.seed(), o.fuzz().get().cases(), o.fuzz().get().time().toSeconds());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
        List<CaseResult> out = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<List<CaseResult>>> futures = new ArrayList<>();
            for (ClientTarget c : clients) {
                described.putIfAbsent(c.name(), c.description());
                futures.add(pool.submit(() -> FuzzStage.run(c, o.seed(), o.fuzz().get(), o.timeouts(), o.reports(), o.regressions(),
                        o.keepFailures(), new ArrayList<>())));
            }
            for (java.util.concurrent.Future<List<CaseResult>> f : futures) {
                List<CaseResult> rs = f.get();
                rs.forEach(r -> System.out.printf("  %-9s %-14s %s  %s%n", r.target(), r.verdict().label(), r.caseId(), r.message()));
                out.addAll(rs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fuzzing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("fuzzing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            clients.forEach(Target::close);
        }
        return out;
    }

    /** Fuzzing runs unless the selection names cases or tags that exclude it. */
    static boolean selectsFuzz(Selection s) {
        return s.selectors().isEmpty() || s.selectors().stream().anyMatch(x -> x.equals("@fuzz") || x.startsWith("fuzz/") || x.equals("@client"));
    }

    /** The selected cases, without running them. */
    public static List<String> list(Path features, Selection selection) {
        List<String> out = new ArrayList<>();
        for (String kind : ScenarioKinds.ALL) {
            CucumberRun.run(features, kind, selection, List.of(), true);
            for (CaseLister.Listed l : CaseLister.drain()) {
                out.add(l.name() + "  " + String.join(" ", l.tags()));
            }
        }
        return out;
    }
}
