package org.torconformance.conformance;

import java.nio.file.Path;
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
                               [--drivers FILE]

              --targets       targets to run (default: all); client: jtorctl, stem, txtorcon; daemon: mock, tor
              --select        a case id (cs/3.9/2), a glob over ids (cs/3.*), or a tag (@cs-3.9, @MUST); repeatable
              --strict        a missed SHOULD (NON-STRICT) fails the run
              --list          print the selected cases and exit
              --timeout-scale multiply every timeout by F (slow CI machines)
              --seed          seed for generated data, nonces and keys (printed; default: random)
              --drivers       driver-based client targets, one 'name = command' a line (default: conformance/drivers.conf)
            """;

    private Main() {
    }

    public static void main(String[] args) {
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
        long seed = System.nanoTime() & 0xFFFFFFFFL;
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
            List<Target> targets = known.create(targetNames.isEmpty() ? known.names() : targetNames);
            System.out.println("conformance run: seed " + seed + " (replay with --seed " + seed + ")");
            return Suite.run(new Suite.Options(features, reports, baseline, targetNames, selection, strict, new Timeouts(scale), seed),
                    targets);
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
}
