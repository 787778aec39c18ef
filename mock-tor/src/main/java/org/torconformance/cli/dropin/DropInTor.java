package org.torconformance.cli.dropin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.MockTor;
import org.torconformance.cli.Version;
import org.torconformance.control.auth.Cookie;

/**
 * The drop-in tor: reads tor's command line and torrc, starts a {@link MockTor} with that
 * configuration, and behaves as tor 0.4.9.11 does at start-up and shut-down where controllers look:
 * the notices on stdout, the cookie file, the {@code ControlPortWriteToFile} file, the bootstrap,
 * exiting with its owner, and exit code 1 with {@code [warn]}/{@code [err]} lines on a bad
 * configuration.
 */
public final class DropInTor {
    static final String RUNNING_ON = "Tor " + Version.TOR_VERSION + " running on Linux with Libevent 2.1.12-stable, "
            + "OpenSSL 3.0.19, Zlib 1.2.13, Liblzma 5.4.1, Libzstd 1.5.4 and Glibc 2.36 as libc.";
    static final String BE_SAFE = "Tor can't help you if you use it wrong! Learn how to be safe at "
            + "https://support.torproject.org/faq/staying-anonymous/";
    static final String NO_AUTH = "ControlPort is open, but no authentication method has been configured.  This means "
            + "that any program on your computer can reconfigure your Tor.  That's bad!  You should upgrade your Tor "
            + "controller as soon as possible.";
    static final String READING_FAILED = "Reading config failed--see warnings above.";
    /** Set to a file name to have the drop-in write every command and reply there when it exits. */
    public static final String JOURNAL_ENV = "MOCK_TOR_JOURNAL";

    private static final Duration FIRST_BOOTSTRAP_STEP = Duration.ofSeconds(1);
    private static final Duration BOOTSTRAP_STEP = Duration.ofMillis(60);
    private static final Duration OWNER_POLL = Duration.ofSeconds(1);

    private final TorArguments args;
    private final TorLog log;
    private final Map<String, String> env;

    private DropInTor(TorArguments args, TorLog log, Map<String, String> env) {
        this.args = args;
        this.log = log;
        this.env = env;
    }

    /** Runs tor's start-up for {@link TorArguments.Mode#RUN_TOR}, {@code VERIFY_CONFIG} and {@code LIST_FINGERPRINT}. */
    public static int run(TorArguments args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        TorLog log = new TorLog(out, err, Clock.systemDefaultZone(), args.quiet());
        log.notice(RUNNING_ON);
        log.notice(BE_SAFE);
        DropInTor tor = new DropInTor(args, log, env);
        try {
            if (args.error().isPresent()) {
                throw new TorConfigException(args.error().get());
            }
            DropInConfig config = tor.configure(stdin);
            return switch (args.mode()) {
                case VERIFY_CONFIG -> {
                    tor.warnAboutAuthentication(config);
                    if (args.quiet() == TorArguments.Quiet.NORMAL) {
                        out.println("Configuration was valid");
                    }
                    yield 0;
                }
                case LIST_FINGERPRINT -> {
                    log.err("Clients don't have long-term identity keys. Exiting.");
                    yield 1;
                }
                default -> tor.serve(config);
            };
        } catch (TorConfigException e) {
            e.warnings().forEach(log::warn);
            log.err(READING_FAILED);
            return 1;
        }
    }

    private DropInConfig configure(InputStream stdin) throws TorConfigException {
        TorrcLoader.Layers layers = TorrcLoader.load(args, stdin, log);
        TorOptions options = TorOptions.merge(List.of(layers.defaults(), layers.torrc(), args.options()),
                name -> log.mockWarning("Unknown option '" + name + "'.  Ignoring it (tor " + Version.TOR_VERSION
                        + " would refuse to start)."));
        for (TorArguments.Flag f : args.flags()) {
            if (List.of("--format", "--newpass", "--no-passphrase", "--passphrase-fd", "--nt-service", "-nt-service")
                    .contains(f.name())) {
                log.mockWarning("Ignoring " + f.name() + ": mock-tor has no keys to manage.");
            }
        }
        return DropInConfig.interpret(options);
    }

    private void warnAboutAuthentication(DropInConfig config) {
        if (!config.controlListeners().isEmpty() && !config.anyAuthentication()) {
            log.warn(NO_AUTH);
        }
    }

    private int serve(DropInConfig config) throws TorConfigException {
        warnAboutAuthentication(config);
        config.ignoredFlags().forEach(f -> log.mockWarning("Ignoring the ControlPort flag " + f + "."));
        log.useLogs(config.logs());
        ListenerPlan plan = ListenerPlan.of(config.controlListeners(), log);
        plan.checkUnixDirectories();
        Bootstrap bootstrap = new Bootstrap(log, FIRST_BOOTSTRAP_STEP, BOOTSTRAP_STEP);
        ExitTriggers exits = new ExitTriggers(log);
        MockTor mock = start(config, plan, bootstrap, exits);
        Optional<Path> cookieFile = config.cookieAuthentication() ? Optional.of(mock.cookieFile()) : Optional.empty();
        try {
            plan.announce(mock, log);
            writeControlPortFile(config, plan, mock);
            makeCookieGroupReadable(config, mock);
            if (config.disableNetwork()) {
                log.notice("DisableNetwork is set. Tor will not make or accept non-control network connections. "
                        + "Shutting down all existing connections.");
            }
            log.useGranularity(config.logTimeGranularity());
            exits.watchSignals();
            config.owningControllerProcess().ifPresent(pid -> exits.watchOwner(pid, OWNER_POLL));
            exits.watchMock(mock);
            mock.reactor().execute(bootstrap::start);
            StopReason reason = exits.await();
            mock.close(); // first, so that no bootstrap notice lands among tor's last words
            reason.notices().forEach(log::notice);
            return 0;
        } finally {
            mock.close();
            cookieFile.ifPresent(PrivateFiles::deleteQuietly);
            cleanUp(config, plan, mock);
        }
    }

    private MockTor start(DropInConfig config, ListenerPlan plan, Bootstrap bootstrap, ExitTriggers exits)
            throws TorConfigException {
        MockTor.Builder b = MockTor.builder();
        plan.tcp().ifPresent(t -> b.controlPort(t.port()));
        plan.unix().ifPresent(u -> b.controlSocket(u.path()));
        if (config.dataDirectory().isPresent()) {
            Path dir = config.dataDirectory().get().toAbsolutePath();
            try {
                PrivateFiles.createPrivateDirectory(dir);
            } catch (IOException e) {
                throw new TorConfigException("Couldn't create private data directory \"" + dir + "\"");
            }
            b.dataDirectory(dir);
        }
        config.passThrough().forEach((name, values) -> values.forEach(v -> b.option(name, v)));
        b.module(m -> bootstrap);
        b.module(m -> exits);
        b.module(m -> new StopgapControlModule());
        try {
            return b.start();
        } catch (RuntimeException e) {
            throw bindFailure(plan, e);
        }
    }

    private TorConfigException bindFailure(ListenerPlan plan, RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        String where = plan.describeFirst();
        log.notice("Opening Control listener on " + where);
        String reason = cause instanceof BindException ? "Address already in use. Is Tor already running?"
                : String.valueOf(cause == null ? e : cause.getMessage());
        return new TorConfigException(List.of("Could not bind to " + where + ": " + reason,
                "Failed to parse/validate config: Failed to bind one of the listener ports."));
    }

    private void writeControlPortFile(DropInConfig config, ListenerPlan plan, MockTor mock) {
        if (config.controlPortWriteToFile().isEmpty()) {
            return;
        }
        Path file = config.controlPortWriteToFile().get();
        String content = plan.portFileLines(mock);
        try {
            PrivateFiles.write(file, content.getBytes(StandardCharsets.US_ASCII), config.controlPortFileGroupReadable());
        } catch (IOException e) {
            log.warn("Couldn't open \"" + file + ".tmp\" (" + file + ") for writing: " + e.getMessage());
            log.warn("Writing " + file + " failed: " + e.getMessage());
        }
    }

    private void makeCookieGroupReadable(DropInConfig config, MockTor mock) {
        if (config.cookieAuthentication() && config.cookieAuthFileGroupReadable()) {
            try {
                PrivateFiles.setMode(mock.cookieFile(), "rw-r-----");
            } catch (IOException e) {
                log.warn("Unable to make " + mock.cookieFile() + " group-readable.");
            }
        }
    }

    /** Tor removes its port file and control socket when it exits cleanly; the journal is the mock's own. */
    private void cleanUp(DropInConfig config, ListenerPlan plan, MockTor mock) {
        config.controlPortWriteToFile().ifPresent(PrivateFiles::deleteQuietly);
        plan.unix().ifPresent(u -> PrivateFiles.deleteQuietly(u.path()));
        Optional.ofNullable(env.get(JOURNAL_ENV)).filter(s -> !s.isEmpty()).ifPresent(f -> {
            try {
                JournalDump.write(mock.journal(), Path.of(f));
            } catch (IOException e) {
                log.mockWarning("Could not write the journal to " + f + ": " + e.getMessage());
            }
        });
    }
}
