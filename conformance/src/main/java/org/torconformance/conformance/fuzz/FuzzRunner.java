package org.torconformance.conformance.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.gen.Coverage;
import org.torconformance.gen.RecordedChoices;

/**
 * Runs generated cases against one client target through the mock, shrinks the first failure,
 * and writes it as a replayable transcript. Every case has its own seed derived from the run's
 * seed and its index, so a fixed seed reproduces a run exactly.
 */
public final class FuzzRunner {
    private final ClientTarget target;
    private final Timeouts timeouts;
    private final Path outDir;
    private final Duration shrinkBudget;

    public FuzzRunner(ClientTarget target, Timeouts timeouts, Path outDir, Duration shrinkBudget) {
        this.target = target;
        this.timeouts = timeouts;
        this.outDir = outDir;
        this.shrinkBudget = shrinkBudget;
    }

    public FuzzOutcome run(long seed, int maxCases, Duration timeBudget, int maxShrinkAttempts) throws IOException {
        long start = System.nanoTime();
        Coverage coverage = new Coverage();
        SplittableRandom seeds = new SplittableRandom(seed);
        int ran = 0;
        while (ran < maxCases && System.nanoTime() - start < timeBudget.toNanos()) {
            long caseSeed = seeds.nextLong();
            RecordedChoices choices = RecordedChoices.seeded(caseSeed);
            FuzzCase c = FuzzCaseGenerator.fuzzCase().generate(coverage.track(choices));
            ran++;
            Optional<String> failure = evaluate(c, caseSeed, timeouts);
            if (failure.isPresent()) {
                // Shrinking re-runs the case many times: hangs are detected with a tenth of the bounds,
                // and the search stops after the shrink budget; the result is re-checked with full bounds.
                Timeouts quick = new Timeouts(timeouts.scale() / 10);
                long shrinkDeadline = System.nanoTime() + shrinkBudget.toNanos();
                Shrinker shrinker = new Shrinker(draws -> System.nanoTime() < shrinkDeadline
                        && evaluate(regenerate(draws), caseSeed, quick).isPresent(), maxShrinkAttempts);
                List<Integer> minimal = shrinker.shrink(choices.draws());
                Optional<String> confirmed = evaluate(regenerate(minimal), caseSeed, timeouts);
                if (confirmed.isEmpty()) {
                    // The shorter bounds found a case that fails only when rushed: keep the original.
                    minimal = choices.draws();
                    confirmed = failure;
                }
                FuzzCase small = regenerate(minimal);
                String message = confirmed.get();
                Path file = write(small, minimal, caseSeed, message);
                return new FuzzOutcome(target.name(), seed, ran, millisSince(start), coverage.counts(),
                        Optional.of(new FuzzOutcome.Failure(caseSeed, message, minimal, shrinker.attempts(), file)));
            }
        }
        return new FuzzOutcome(target.name(), seed, ran, millisSince(start), coverage.counts(), Optional.empty());
    }

    static FuzzCase regenerate(List<Integer> draws) {
        return FuzzCaseGenerator.fuzzCase().generate(RecordedChoices.replaying(draws));
    }

    /** Plays the case on a fresh mock against a fresh library instance; empty when every property held. */
    public Optional<String> evaluate(FuzzCase c, long caseSeed, Timeouts t) {
        try (MockTor mock = MockTor.builder().seed(caseSeed).journalCapacity(0).start();
             Controller controller = target.newController(t)) {
            try {
                controller.connect(ControlEndpoint.tcp(mock.controlPort()), Credentials.none());
            } catch (LibraryError | Hang e) {
                return Optional.of("could not connect: " + e.getMessage());
            }
            // After connecting: what a library asks while it connects is its own business, not the case's.
            mock.playOnOpenConnections(FuzzTranscript.of(c, "fuzz " + target.name() + " " + caseSeed));
            return ClientProperties.check(controller, c, t.event());
        }
    }

    private Path write(FuzzCase c, List<Integer> draws, long caseSeed, String message) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(target.name() + "-" + Long.toUnsignedString(caseSeed) + ".tx");
        String header = "# source: fuzz\n"
                + "# target: " + target.name() + "\n"
                + "# seed: " + Long.toUnsignedString(caseSeed) + "\n"
                + "# failure: " + message.replace('\n', ' ') + "\n"
                + "# draws: " + draws.stream().map(String::valueOf).collect(Collectors.joining(",")) + "\n"
                + "# replay: conformance/bin/fuzz --target " + target.name() + " --replay " + file + "\n"
                + "# serve it (it starts at the first command, before what the library asks while connecting):\n"
                + "#   java -jar mock-tor/target/mock-tor.jar --control-port 0 --transcript " + file + "\n";
        Files.writeString(file, header + FuzzTranscript.of(c, "fuzz " + target.name() + " " + Long.toUnsignedString(caseSeed)).write());
        return file;
    }

    /** Replays a written failure (or a regression fixture) from its draws. */
    public Optional<String> replay(Path file) throws IOException {
        List<Integer> draws = FuzzFile.draws(file);
        long seed = FuzzFile.seed(file);
        return evaluate(regenerate(draws), seed, timeouts);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
