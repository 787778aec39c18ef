package org.torconformance.conformance.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.Requirement;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.run.Verdict;
import org.torconformance.conformance.target.ClientTarget;

/**
 * The fuzzing part of a conformance run, per client target: the regression fixtures first, then
 * generated cases within a budget. Each shows in the matrix as a case ({@code fuzz/…}) so the
 * baseline and the reports treat it like any other.
 */
public final class FuzzStage {
    public static final String CASE = "fuzz/getinfo-events/1";
    static final List<String> TAGS = List.of("@client", "@fuzz", "@MUST");

    public record Budget(int cases, Duration time, Duration shrinkTime, int shrinkAttempts) {
        public static final Budget CI = new Budget(100, Duration.ofSeconds(15), Duration.ofSeconds(15), 300);
    }

    private FuzzStage() {
    }

    public static List<CaseResult> run(ClientTarget target, long seed, Budget budget, Timeouts timeouts, Path reports,
                                       Path regressions, boolean keep, List<FuzzOutcome> outcomes) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        FuzzRunner runner = new FuzzRunner(target, timeouts, reports.resolve("fuzz"), budget.shrinkTime());
        for (Path regression : regressionFiles(regressions)) {
            long start = System.nanoTime();
            Optional<String> failure = runner.replay(regression);
            String name = regression.getFileName().toString().replaceFirst("\\.tx$", "");
            results.add(new CaseResult("fuzz/regression/" + name, "regression fixture " + regression.getFileName(), target.name(),
                    "fixtures/regressions", TAGS, Requirement.MUST, verdictOf(failure), failure.orElse(""),
                    (System.nanoTime() - start) / 1_000_000, Files.readString(regression), "from file"));
        }
        FuzzOutcome o = runner.run(seed, budget.cases(), budget.time(), budget.shrinkAttempts());
        outcomes.add(o);
        String message;
        String log = "";
        if (o.failure().isPresent()) {
            FuzzOutcome.Failure f = o.failure().get();
            message = f.message() + " (case " + o.casesRun() + ", seed " + Long.toUnsignedString(f.caseSeed()) + "; shrunk to "
                    + f.file() + "; replay: conformance/bin/fuzz --target " + target.name() + " --replay " + f.file() + ")";
            log = Files.readString(f.file());
            if (keep) {
                Files.createDirectories(regressions);
                Files.copy(f.file(), regressions.resolve(f.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            message = o.casesRun() + " generated cases held every property";
        }
        results.add(new CaseResult(CASE, "generated GETINFO exchanges with interleaved events hold every client property",
                target.name(), "fuzz", TAGS, Requirement.MUST, verdictOf(o.failure().map(FuzzOutcome.Failure::message)), message,
                o.millis(), log, Long.toString(seed)));
        return results;
    }

    static Verdict verdictOf(Optional<String> failure) {
        if (failure.isEmpty()) {
            return Verdict.OK;
        }
        return failure.get().startsWith("HANG") ? Verdict.HANG : Verdict.FAILED;
    }

    static List<Path> regressionFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tx")).sorted().toList();
        }
    }
}
