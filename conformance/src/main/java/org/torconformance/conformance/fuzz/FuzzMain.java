package org.torconformance.conformance.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.conformance.target.Target;
import org.torconformance.conformance.target.Targets;

/**
 * {@code conformance fuzz}: generated cases only, for as long as asked, against one client target;
 * or {@code --replay FILE} to re-run a written failure. Exit 0 when every property held, 1 on a
 * failure (shrunk and written under reports/fuzz/), 2 on bad arguments.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static int run(String[] args) {
        String target = null;
        int cases = 1000;
        long seconds = 300;
        long seed = new SplittableRandom().nextLong() & 0xFFFFFFFFL;
        boolean keep = false;
        Path replay = null;
        Path drivers = Path.of("conformance/drivers.conf");
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = (i + 1 < args.length) ? args[i + 1] : null;
                switch (a) {
                    case "--target" -> target = need(a, v, i++);
                    case "--cases" -> cases = Integer.parseInt(need(a, v, i++));
                    case "--time" -> seconds = Long.parseLong(need(a, v, i++));
                    case "--seed" -> seed = Long.parseLong(need(a, v, i++));
                    case "--keep" -> keep = true;
                    case "--replay" -> replay = Path.of(need(a, v, i++));
                    case "--drivers" -> drivers = Path.of(need(a, v, i++));
                    default -> throw new IllegalArgumentException("fuzz: unknown option '" + a + "'");
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("fuzz: --target is required (jtorctl, stem, txtorcon, reference, or a driver)");
            }
        } catch (NumberFormatException e) {
            System.err.println("conformance: fuzz: a number was expected: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("conformance: " + e.getMessage());
            return 2;
        }
        try (Target t = Targets.builtIn(drivers).create(List.of(target)).get(0)) {
            if (!(t instanceof ClientTarget client)) {
                System.err.println("conformance: fuzz: " + target + " is not a client target");
                return 2;
            }
            FuzzRunner runner = new FuzzRunner(client, Timeouts.DEFAULT, Path.of("reports", "fuzz"), Duration.ofSeconds(60));
            if (replay != null) {
                Optional<String> failure = runner.replay(replay);
                System.out.println(failure.map(f -> "FAILED: " + f).orElse("OK: every property held on " + replay));
                return failure.isPresent() ? 1 : 0;
            }
            System.out.println("fuzzing " + target + ": seed " + seed + " (replay with --seed " + seed + "), up to " + cases
                    + " cases or " + seconds + " s");
            FuzzOutcome o = runner.run(seed, cases, Duration.ofSeconds(seconds), 1000);
            System.out.println(o.casesRun() + " cases in " + o.millis() / 1000.0 + " s; edge cases exercised:");
            new java.util.TreeMap<>(o.coverage()).forEach((k, v) -> System.out.printf("  %-32s %6d%n", k, v));
            if (o.failure().isEmpty()) {
                System.out.println("every property held");
                return 0;
            }
            FuzzOutcome.Failure f = o.failure().get();
            System.out.println("FAILED: " + f.message());
            System.out.println("shrunk in " + f.shrinkAttempts() + " attempts; written to " + f.file());
            System.out.println("replay: conformance/bin/fuzz --target " + target + " --replay " + f.file());
            if (keep) {
                Path dir = Path.of("fixtures", "regressions");
                Files.createDirectories(dir);
                Path kept = Files.copy(f.file(), dir.resolve(f.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
                System.out.println("kept as a regression case: " + kept);
            }
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("conformance: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("conformance: fuzz: the harness could not run: " + e);
            return 2;
        }
    }

    private static String need(String option, String value, int i) {
        if (value == null) {
            throw new IllegalArgumentException("fuzz: " + option + " needs a value");
        }
        return value;
    }
}
