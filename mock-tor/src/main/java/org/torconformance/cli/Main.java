package org.torconformance.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** The mock-tor command line. Exit codes: 0 success, 1 runtime failure, 2 bad command line. */
public final class Main {
    private Main() {
    }

    static final String USAGE = """
            usage: mock-tor [--help] [--version]
                   mock-tor decode [--from-client]    < bytes
                   mock-tor bench codec [--rounds N]

              decode              read raw bytes a tor control port sent (or, with --from-client,
                                  bytes a controller sent) on stdin; print one JSON object per
                                  reply, event, command or malformed run of bytes
              bench codec         print the codec's parse and write throughput
              --help              print this help
              --version           print the version
            """;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(List.of(args), in, out);
        } catch (UsageException e) {
            err.println("mock-tor: " + e.getMessage() + " (see --help)");
            return 2;
        } catch (Exception e) {
            err.println("mock-tor: " + e);
            return 1;
        }
    }

    private static int dispatch(List<String> args, InputStream in, PrintStream out) throws Exception {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (args.contains("--version")) {
            out.println("mock-tor " + Version.project() + " (models tor " + Version.TOR_VERSION + ")");
            return 0;
        }
        if (args.get(0).equals("decode")) {
            List<String> rest = args.subList(1, args.size());
            boolean fromClient = false;
            for (String a : rest) {
                if (a.equals("--from-client")) {
                    fromClient = true;
                } else {
                    throw new UsageException("decode: unknown argument '" + a + "'");
                }
            }
            return Decode.run(fromClient, in, out);
        }
        if (args.get(0).equals("bench")) {
            return Bench.run(args.subList(1, args.size()), out);
        }
        String first = args.get(0);
        throw new UsageException(first.startsWith("-") ? "unknown option '" + first + "'" : "unknown command '" + first + "'");
    }

}
