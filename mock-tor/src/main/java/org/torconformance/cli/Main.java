package org.torconformance.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** The mock-tor command line. Exit codes: 0 success, 1 runtime failure, 2 bad command line. */
public final class Main {
    private Main() {
    }

    static final String USAGE = """
            usage: mock-tor --control-port N [--auth MODE] [--data-dir DIR] [--control-socket PATH]
                            [--socks-port 'N [FLAGS]']... [--socks-route RULE]...
                            [--seed N] [--tor-quirks] [--option NAME=VALUE]... [--admin-port N] [--transcript FILE]
                            [--journal-capacity N] [--exit-on-stdin-close]
                   mock-tor [--help] [--version]
                   mock-tor decode [--from-client]    < bytes
                   mock-tor bench codec|all|roundtrip|events|connect|startup|memory [--rounds N]
                   mock-tor record --upstream 127.0.0.1:PORT --out FILE [--listen PORT] [--title T]
                   mock-tor/bin/tor [tor's command line]

              --control-port N    serve tor's control port on 127.0.0.1:N (0 picks a free port);
                                  prints control-port=N first, then serves until SIGTERM
              --auth MODE         none (default), password:SECRET, hashed:16:..., cookie, safecookie
              --data-dir DIR      where the cookie file goes (default: a temporary directory)
              --control-socket P  also listen on a Unix socket at P
              --socks-port 'N [FLAGS]'  serve a SocksPort on 127.0.0.1:N (0 picks a free port), with torrc
                                  SocksPort flags such as ExtendedErrors; prints socks-port=N after
                                  control-port=N; repeat for more ports
              --socks-route RULE  route SOCKS destinations, e.g. 'web.test -> connect 127.0.0.1:8080',
                                  '*.onion -> refuse 0xF2', 'bad.test -> delay 2s then refuse 4';
                                  repeat; defaults: localhost and *.test connect to 127.0.0.1 on the
                                  requested port, everything else is unreachable (REP 04)
              --seed N            reproducible nonces, cookies and keys
              --tor-quirks        reproduce tor 0.4.9.11's malformed replies instead of well-formed ones
              --option NAME=VALUE a torrc option (repeat for more)
              --transcript FILE   play this transcript (fixtures/README.md) on every connection
              --admin-port N      serve the HTTP admin API on 127.0.0.1:N under /__admin/ (off by default)
              --journal-capacity N  journal entries kept (default 20000; 0 turns the journal off, for speed)
              --exit-on-stdin-close  stop when stdin ends
              decode              read raw bytes a tor control port sent (or, with --from-client,
                                  bytes a controller sent) on stdin; print one JSON object per
                                  reply, event, command or malformed run of bytes
              bench codec         print the codec's parse and write throughput
              bench all           measure the mock beside a live tor (DisableNetwork 1) and the loopback
                                  floor: round trips, pipelining, events, connect+auth, start-up,
                                  memory; prints medians and one table (roundtrip, events, connect,
                                  startup, memory run one part)
              record              listen on 127.0.0.1 (prints record-port=N), pass each controller
                                  connection through to a live tor's control port, and write what
                                  passed as a transcript (FILE, then FILE.2, ...; recorded=PATH for
                                  each) with cookies, passwords, nonces and keys left out: on replay
                                  the mock answers those commands itself (! model)
              bin/tor             the drop-in tor: takes tor's command line and torrc (-f FILE, -f -,
                                  --defaults-torrc, --Option value, ControlPort, CookieAuthentication,
                                  ControlPortWriteToFile, __OwningControllerProcess, ...), prints
                                  tor's start-up notices and bootstrap, serves the mock; for
                                  libraries that start tor themselves (run mvn package first)
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
        if (args.get(0).startsWith("--")) {
            return Serve.run(args, in, out);
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
        if (args.get(0).equals("record")) {
            return Record.run(args.subList(1, args.size()), out);
        }
        if (args.get(0).equals("bench")) {
            return Bench.run(args.subList(1, args.size()), out);
        }
        String first = args.get(0);
        throw new UsageException(first.startsWith("-") ? "unknown option '" + first + "'" : "unknown command '" + first + "'");
    }

}
