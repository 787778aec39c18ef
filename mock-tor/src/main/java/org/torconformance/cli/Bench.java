package org.torconformance.cli;

import java.io.PrintStream;
import java.util.List;
import org.torconformance.bench.CodecBench;
import org.torconformance.bench.ControlBench;

/** {@code mock-tor bench <name> [--rounds N]}. */
final class Bench {
    private Bench() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("bench: name a benchmark: codec, all, roundtrip, events, connect, startup, memory");
        }
        boolean control = ControlBench.NAMES.contains(args.get(0));
        int rounds = control ? 3 : 10;
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Options.positiveInt("--rounds", args.get(++i));
            } else {
                throw new UsageException("bench: unknown argument '" + args.get(i) + "'");
            }
        }
        switch (args.get(0)) {
            case "codec" -> CodecBench.run(out, rounds);
            case "all", "roundtrip", "events", "connect", "startup", "memory" -> ControlBench.run(args.get(0), out, rounds);
            default -> throw new UsageException("bench: unknown benchmark '" + args.get(0) + "'");
        }
        return 0;
    }
}
