package org.torconformance.cli;

import java.io.PrintStream;
import java.util.List;
import org.torconformance.bench.CodecBench;

/** {@code mock-tor bench <name> [--rounds N]}. */
final class Bench {
    private Bench() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("bench: name a benchmark: codec");
        }
        int rounds = 10;
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Options.positiveInt("--rounds", args.get(++i));
            } else {
                throw new UsageException("bench: unknown argument '" + args.get(i) + "'");
            }
        }
        switch (args.get(0)) {
            case "codec" -> CodecBench.run(out, rounds);
            default -> throw new UsageException("bench: unknown benchmark '" + args.get(0) + "'");
        }
        return 0;
    }
}
