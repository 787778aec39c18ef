package org.torconformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.admin.AdminServer;
import org.torconformance.socks.SocksPortFlags;
import org.torconformance.socks.SocksSetup;
import org.torconformance.transcript.Transcript;
import org.torconformance.transcript.TranscriptFormatException;

/**
 * The standalone mock: {@code mock-tor --control-port 0 --auth cookie --data-dir DIR}. Prints
 * {@code control-port=N} (then {@code socks-port=N} per SOCKS port, and the other chosen ports) before anything else, then serves until
 * SIGTERM, an owning controller leaves, or (with {@code --exit-on-stdin-close}) stdin ends.
 */
final class Serve {
    private Serve() {
    }

    static int run(List<String> args, InputStream in, PrintStream out) throws UsageException, InterruptedException {
        MockTor.Builder b = MockTor.builder();
        boolean exitOnStdinClose = false;
        Integer adminPort = null;
        Path transcript = null;
        boolean portGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--control-port" -> {
                    b.controlPort(port(a, value(args, ++i, a)));
                    portGiven = true;
                }
                case "--control-socket" -> b.controlSocket(Path.of(value(args, ++i, a)));
                case "--socks-port" -> socksPort(b, a, value(args, ++i, a));
                case "--socks-route" -> {
                    try {
                        b.socksRoute(value(args, ++i, a));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--socks-route: " + e.getMessage());
                    }
                }
                case "--auth" -> {
                    try {
                        b.auth(Auth.parse(value(args, ++i, a)));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--auth: " + e.getMessage());
                    }
                }
                case "--data-dir" -> b.dataDirectory(Path.of(value(args, ++i, a)));
                case "--seed" -> b.seed(number(a, value(args, ++i, a)));
                case "--tor-quirks" -> b.torQuirks(true);
                case "--journal-capacity" -> b.journalCapacity(Options.nonNegativeInt(a, value(args, ++i, a)));
                case "--admin-port" -> adminPort = port(a, value(args, ++i, a));
                case "--transcript" -> transcript = Path.of(value(args, ++i, a));
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--option" -> {
                    String kv = value(args, ++i, a);
                    int sp = kv.indexOf('=');
                    if (sp <= 0) {
                        throw new UsageException("--option needs NAME=VALUE, got '" + kv + "'");
                    }
                    b.option(kv.substring(0, sp), kv.substring(sp + 1));
                }
                default -> throw new UsageException(a.startsWith("-") ? "unknown option '" + a + "'" : "unexpected argument '" + a + "'");
            }
        }
        if (!portGiven) {
            throw new UsageException("--control-port is required (0 picks a free port)");
        }
        Transcript script = null;
        if (transcript != null) {
            try {
                script = Transcript.parse(java.nio.file.Files.readString(transcript));
            } catch (IOException e) {
                throw new UsageException("--transcript: cannot read " + transcript + ": " + e.getMessage());
            } catch (TranscriptFormatException e) {
                throw new UsageException("--transcript " + transcript + ": " + e.getMessage());
            }
        }
        MockTor mock = b.start();
        if (script != null) {
            mock.transcripts().setForEveryConnection(script);
        }
        out.println("control-port=" + mock.controlPort());
        mock.socksPorts().forEach(p -> out.println("socks-port=" + p));
        mock.controlSocket().ifPresent(p -> out.println("control-socket=" + p));
        if (adminPort != null) {
            try {
                AdminServer admin = AdminServer.start(mock, adminPort);
                out.println("admin-port=" + admin.port());
                mock.stopped().thenRun(admin::close);
            } catch (IOException e) {
                mock.close();
                throw new UsageException("--admin-port: cannot listen on 127.0.0.1:" + adminPort + ": " + e.getMessage());
            }
        }
        out.println("data-dir=" + mock.dataDirectory());
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "mock-tor-sigterm"));
        if (exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try {
                    while (in.read() >= 0) {
                        // discard: only the end of stdin matters
                    }
                } catch (IOException ignored) {
                    // treat as closed
                }
                mock.close();
            }, "mock-tor-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        mock.stopped().join();
        return 0;
    }

    /** {@code N} or, as in a torrc SocksPort line, {@code N FLAG...} (one argument). */
    private static void socksPort(MockTor.Builder b, String option, String value) throws UsageException {
        List<String> words = List.of(value.trim().split("\\s+"));
        int port = port(option, words.get(0));
        if (words.size() == 1) {
            b.socksPort(port);
            return;
        }
        try {
            b.socksPort(port, SocksPortFlags.apply(SocksSetup.MOCK_DEFAULTS, words.subList(1, words.size())));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String option, String v) throws UsageException {
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a port 0-65535, got '" + v + "'");
    }

    private static long number(String option, String v) throws UsageException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got '" + v + "'");
        }
    }
}
