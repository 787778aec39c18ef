package org.torconformance.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.torconformance.cli.dropin.DropInTor;
import org.torconformance.cli.dropin.TorArguments;
import org.torconformance.cli.dropin.TorLog;
import org.torconformance.cli.dropin.TorOptionNames;
import org.torconformance.crypto.HashedPassword;

/**
 * The drop-in {@code tor} ({@code mock-tor/bin/tor}): takes tor's command line and answers as tor
 * 0.4.9.11 does, serving the mock instead of tor. Exit codes are tor's: 0, or 1 on a bad
 * configuration.
 */
public final class TorCommandLine {
    static final String HELP = """
            tor -f <torrc> [args]
            This is mock-tor's drop-in tor: it reads tor's command line and torrc and serves a mock
            control port on 127.0.0.1. It never connects to the Tor network.
            """;

    private TorCommandLine() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.in, System.out, System.err, System.getenv()));
    }

    static int run(List<String> argv, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        TorArguments args = TorArguments.parse(argv);
        switch (args.mode()) {
            case VERSION -> {
                out.println("Tor version " + Version.TOR_VERSION + ".");
                out.println("This is mock-tor " + Version.project() + ", a mock of tor's control port; not tor.");
                return 0;
            }
            case HELP -> {
                out.print(HELP);
                return 0;
            }
            case LIST_TORRC_OPTIONS -> {
                TorOptionNames.all().forEach(out::println);
                return 0;
            }
            case HASH_PASSWORD -> {
                if (args.error().isEmpty()) {
                    byte[] secret = args.modeArgument().getBytes(StandardCharsets.UTF_8);
                    out.println(HashedPassword.create(secret, new SecureRandom()).format());
                    return 0;
                }
            }
            case UNSUPPORTED -> {
                new TorLog(out, err, Clock.systemDefaultZone(), args.quiet())
                        .mockWarning(args.modeArgument() + " is a tor command mock-tor does not implement.");
                return 1;
            }
            default -> {
                // tor's start-up
            }
        }
        return DropInTor.run(args, in, out, err, env);
    }
}
