package org.torconformance.cli.dropin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes log lines as tor does ({@code Nov 25 22:40:40.452 [notice] message}, local time) to the
 * console until the configuration is in effect, then where its {@code Log} lines say. Until then
 * tor logs notices to stdout, warnings only with {@code --hush}, nothing with {@code --quiet}; with
 * no {@code Log} lines that console log stays. Thread-safe.
 */
public final class TorLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH);

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Clock clock;
    private final ZoneId zone;
    private List<LogSpec> sinks;
    private long granularityMillis = 1;

    public TorLog(PrintStream stdout, PrintStream stderr, Clock clock, TorArguments.Quiet quiet) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
        this.sinks = console(quiet);
    }

    private static List<LogSpec> console(TorArguments.Quiet quiet) {
        return switch (quiet) {
            case NORMAL -> List.of(new LogSpec(Severity.NOTICE, Severity.ERR, LogSpec.Destination.STDOUT, Optional.empty()));
            case HUSH -> List.of(new LogSpec(Severity.WARN, Severity.ERR, LogSpec.Destination.STDOUT, Optional.empty()));
            case SILENT -> List.of();
        };
    }

    /** Puts the configuration's {@code Log} lines in effect; without any, the console log stays. */
    public synchronized void useLogs(List<LogSpec> logs) {
        if (!logs.isEmpty()) {
            sinks = List.copyOf(logs);
        }
    }

    /** Tor cuts timestamps to LogTimeGranularity once its configuration has been acted on. */
    public synchronized void useGranularity(Duration granularity) {
        granularityMillis = Math.max(1, granularity.toMillis());
    }

    public void notice(String message) {
        log(Severity.NOTICE, message);
    }

    public void warn(String message) {
        log(Severity.WARN, message);
    }

    public void err(String message) {
        log(Severity.ERR, message);
    }

    public synchronized void log(Severity severity, String message) {
        String line = line(severity, message);
        for (LogSpec s : sinks) {
            if (!s.accepts(severity)) {
                continue;
            }
            switch (s.destination()) {
                case STDOUT -> print(stdout, line);
                case STDERR -> print(stderr, line);
                case FILE -> append(s, line);
                case SYSLOG -> {
                    // the mock does not write to syslog
                }
            }
        }
    }

    /**
     * A remark about where the mock differs from tor (an option it ignores): on stderr, shaped like
     * tor's warnings, so stdout stays what tor would print.
     */
    public synchronized void mockWarning(String message) {
        print(stderr, line(Severity.WARN, message));
    }

    private String line(Severity severity, String message) {
        long now = clock.millis();
        long cut = now - Math.floorMod(now, granularityMillis);
        Instant t = Instant.ofEpochMilli(cut);
        return STAMP.format(t.atZone(zone)) + String.format(".%03d [%s] %s", cut % 1000, severity.word(), message);
    }

    private static void print(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }

    private void append(LogSpec s, String line) {
        try {
            Files.writeString(s.file().orElseThrow(), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            mockWarning("Couldn't write to log file " + s.file().orElseThrow() + ": " + e.getMessage());
        }
    }
}
