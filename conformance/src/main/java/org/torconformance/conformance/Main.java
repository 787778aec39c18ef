package org.torconformance.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.torconformance.conformance.fuzz.FuzzMain;
import org.torconformance.conformance.fuzz.FuzzStage;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.conformance.run.Selection;
import org.torconformance.conformance.run.Suite;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.Target;
import org.torconformance.conformance.target.TargetUnavailable;
import org.torconformance.conformance.target.Targets;

/**
 * The conformance suite's command line. Exit codes: 0 everything OK or baselined; 1 a new failure
 * or a stale baseline entry; 2 the harness could not run (bad flags, a target missing, a case in
 * ERROR).
 */
public final class Main {
    static final String USAGE = """
            usage: conformance [--targets a,b,...] [--select ID|GLOB|@TAG]... [--strict] [--list]
                               [--timeout-scale F] [--seed N] [--features DIR] [--reports DIR] [--baseline FILE]
                               [--fuzz-cases N] [--fuzz-time SECONDS] [--no-fuzz] [--keep] [--jobs N]
                   conformance fuzz --target T [--cases N] [--time SECONDS] [--seed N] [--keep] [--replay FILE]
                               [--drivers FILE]

              --targets       targets to run (default: all); client: jtorctl, stem, txtorcon; daemon: mock, tor;
                              SOCKS client: curl-socks5h, curl-socks4a, curl-socks5, java-proxy, java-proxy-resolved, torsocks
                              network: tor-network, tor-network-jtorctl, tor-network-stem, mock-network
              --select        a case id (cs/3.9/2), a glob over ids (cs/3.*), or a tag (@cs-3.9, @MUST); repeatable
              --strict        a missed SHOULD (NON-STRICT) fails the run
              --list          print the selected cases and exit
              --timeout-scale multiply every timeout by F (slow CI machines)
              --seed          seed for generated cases, nonces and keys (printed; default 1, so CI runs repeat)
              --fuzz-cases    generated cases per client target in the run (default %d)
              --fuzz-time     time budget per client target for generated cases, in seconds (default %d)
              --no-fuzz       skip the generated cases
              --keep          copy a shrunk failing case into fixtures/regressions/ (a canned case from then on)
              --jobs          targets run at once (default 3; the network targets share one lane)
              fuzz            run only generated cases, for longer, against one client target (seed default: random);
                              --replay FILE re-runs a written failure
              --drivers       driver-based client targets, one 'name = command' a line (default: conformance/drivers.conf)
            """.formatted(FuzzStage.Budget.CI.cases(), FuzzStage.Budget.CI.time().toSeconds());

    private Main() {
    }

    public static void main(String[] args) {
        // A library's own threads die on input it cannot parse (jtorctl's reader does, often): one line
        // each, since the case's verdict and wire log already say what happened.
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                System.err.println("conformance: thread " + t.getName() + " died: " + e));
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path features = Path.of("features");
        Path reports = Path.of("reports");
        Path baseline = Path.of("conformance/baseline.txt");
        Path drivers = Path.of("conformance/drivers.conf");
        List<String> targetNames = new ArrayList<>();
        List<String> selectors = new ArrayList<>();
        boolean strict = false;
        boolean list = false;
        double scale = 1.0;
        long seed = 1;
        int fuzzCases = FuzzStage.Budget.CI.cases();
        long fuzzSeconds = FuzzStage.Budget.CI.time().toSeconds();
        boolean fuzz = true;
        boolean keep = false;
        int jobs = 3;
        if (args.length > 0 && args[0].equals("fuzz")) {
            return FuzzMain.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--targets" -> targetNames.addAll(List.of(value(args, ++i, a).split(",")));
                    case "--select" -> selectors.add(value(args, ++i, a));
                    case "--strict" -> strict = true;
                    case "--list" -> list = true;
                    case "--timeout-scale" -> scale = positiveDouble(a, value(args, ++i, a));
                    case "--seed" -> seed = longValue(a, value(args, ++i, a));
                    case "--features" -> features = Path.of(value(args, ++i, a));
                    case "--reports" -> reports = Path.of(value(args, ++i, a));
                    case "--baseline" -> baseline = Path.of(value(args, ++i, a));
                    case "--fuzz-cases" -> fuzzCases = (int) longValue(a, value(args, ++i, a));
                    case "--fuzz-time" -> fuzzSeconds = longValue(a, value(args, ++i, a));
                    case "--no-fuzz" -> fuzz = false;
                    case "--keep" -> keep = true;
                    case "--jobs" -> jobs = (int) positiveLong(a, value(args, ++i, a));
                    case "--drivers" -> drivers = Path.of(value(args, ++i, a));
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + a + "' (see --help)");
                }
            }
            Selection selection = new Selection(selectors);
            if (list) {
                Suite.list(features, selection).forEach(System.out::println);
                return 0;
            }
            Targets known = Targets.builtIn(drivers);
            List<Target> targets = known.create(targetNames.isEmpty() ? known.defaults() : targetNames);
            System.out.println("conformance run: seed " + seed + " (replay with --seed " + seed + ")");
            Optional<FuzzStage.Budget> budget = fuzz ? Optional.of(new FuzzStage.Budget(fuzzCases, Duration.ofSeconds(fuzzSeconds),
                    FuzzStage.Budget.CI.shrinkTime(), FuzzStage.Budget.CI.shrinkAttempts())) : Optional.empty();
            return Suite.run(new Suite.Options(features, reports, baseline, targetNames, selection, strict, new Timeouts(scale), seed,
                    budget, Path.of("fixtures/regressions"), keep, jobs), targets);
        } catch (IllegalArgumentException e) {
            System.err.println("conformance: " + e.getMessage());
            return 2;
        } catch (TargetUnavailable e) {
            System.err.println("conformance: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("conformance: the harness could not run: " + e);
            return 2;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static double positiveDouble(String option, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive number, got '" + v + "'");
    }

    private static long longValue(String option, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
        }
    }

    private static long positiveLong(String option, String v) {
        long n = longValue(option, v);
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException(option + " needs a number from 1 to 64, got '" + v + "'");
        }
        return n;
    }
}
