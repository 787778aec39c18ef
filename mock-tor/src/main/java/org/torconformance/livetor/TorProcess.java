package org.torconformance.livetor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running tor child: launched from a torrc that never pulls in /etc/tor/torrc, its stdout captured to
 * {@value #STDOUT_LOG} in its DataDirectory, stopped by pid.
 */
final class TorProcess {
    static final String STDOUT_LOG = "stdout.log";
    static final String CONTROL_PORT_FILE = "control.port";
    private static final Pattern CONTROL_PORT_LINE = Pattern.compile("PORT=127\\.0\\.0\\.1:(\\d+)");
    // tor reports auto-chosen SOCKS ports only in its log; ControlPortWriteToFile covers control ports only.
    private static final Pattern SOCKS_OPENED =
            Pattern.compile("Opened Socks listener connection \\(ready\\) on 127\\.0\\.0\\.1:(\\d+)");
    private static final int LINES_KEPT_AFTER_STOP = 200;

    private final String name;
    private final Process process;
    private final Path dataDirectory;
    private volatile List<String> logAfterStop;

    private TorProcess(String name, Process process, Path dataDirectory) {
        this.name = name;
        this.process = process;
        this.dataDirectory = dataDirectory;
    }

    static TorProcess launch(String name, Path tor, Path torrc, Path dataDirectory) {
        List<String> command = List.of(tor.toString(),
                "-f", torrc.toString(), "--defaults-torrc", "/dev/null", "--ignore-missing-torrc");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolve(STDOUT_LOG).toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new TorProcess(name, process, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Fails with the log tail when tor has exited, e.g. on a bad torrc or a port already in use. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw TorStartException.exited(name, process.exitValue(), logTail(30));
        }
    }

    /*
     * Tor writes the port file and logs "Opened ... listener" only once the socket listens, so neither
     * wait probes the port: a probe connection would take one of tor's global connection IDs (which
     * become stream IDs) and count in its heartbeat, and the mock could then never match tor's numbers.
     */
    int awaitControlPort(Deadline deadline) {
        Path portFile = dataDirectory.resolve(CONTROL_PORT_FILE);
        return deadline.poll(() -> {
            requireAlive();
            return readControlPort(portFile);
        }, () -> name + ": control port not accepting connections; log:\n  " + String.join("\n  ", logTail(30)));
    }

    int awaitSocksPort(Deadline deadline) {
        return deadline.poll(() -> {
            requireAlive();
            return firstLogMatch(SOCKS_OPENED);
        }, () -> name + ": no SOCKS listener reported in the log:\n  " + String.join("\n  ", logTail(30)));
    }

    List<String> logTail(int lines) {
        List<String> all = logAfterStop != null ? logAfterStop : readLog();
        return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Sends SIGTERM to every process, then waits for each; whatever outlives {@code grace} is killed. */
    static void stopAll(List<TorProcess> processes, Duration grace) {
        for (TorProcess p : processes) {
            p.process.toHandle().descendants().forEach(ProcessHandle::destroy);
            p.process.destroy();
        }
        for (TorProcess p : processes) {
            p.awaitExit(grace);
            p.keepLogTail();
        }
    }

    private void awaitExit(Duration grace) {
        List<ProcessHandle> descendants = process.toHandle().descendants().toList();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void keepLogTail() {
        List<String> all = readLog();
        logAfterStop = List.copyOf(all.subList(Math.max(0, all.size() - LINES_KEPT_AFTER_STOP), all.size()));
    }

    private Optional<Integer> firstLogMatch(Pattern pattern) {
        for (String line : readLog()) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> readControlPort(Path portFile) {
        try {
            for (String line : Files.readAllLines(portFile, StandardCharsets.ISO_8859_1)) {
                Matcher m = CONTROL_PORT_LINE.matcher(line);
                if (m.matches()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> readLog() {
        try {
            return Files.readAllLines(dataDirectory.resolve(STDOUT_LOG), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
