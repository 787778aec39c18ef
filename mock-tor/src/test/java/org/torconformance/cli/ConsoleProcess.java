package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** A child process whose stdout and stderr lines are collected as they arrive, for bounded waits. */
final class ConsoleProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final CountDownLatch streamsEnded = new CountDownLatch(2);

    private ConsoleProcess(Process process) {
        this.process = process;
        collect(process.getInputStream(), out, "stdout");
        collect(process.getErrorStream(), err, "stderr");
    }

    static ConsoleProcess start(List<String> command, Map<String, String> env, Optional<String> stdin) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin.isPresent()) {
                    in.write(stdin.get().getBytes(StandardCharsets.UTF_8));
                }
            }
            return new ConsoleProcess(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    private void collect(InputStream stream, List<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process went away
            } finally {
                streamsEnded.countDown();
            }
        }, "console-" + name);
        t.setDaemon(true);
        t.start();
    }

    long pid() {
        return process.pid();
    }

    List<String> stdout() {
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    List<String> stderr() {
        synchronized (err) {
            return List.copyOf(err);
        }
    }

    /** Waits for a stdout line matching {@code match}; fails with what arrived so far. */
    String awaitStdout(Predicate<String> match, Duration timeout) {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(20))
                    .until(() -> stdout().stream().anyMatch(match) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            // reported below
        }
        return stdout().stream().filter(match).findFirst()
                .orElseGet(() -> fail("no such line within " + timeout + "; stdout:\n" + String.join("\n", stdout())
                        + "\nstderr:\n" + String.join("\n", stderr())));
    }

    /** Waits for the exit and for both streams to be read to their end. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("still running after " + timeout + "; stdout:\n" + String.join("\n", stdout()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        try {
            if (!streamsEnded.await(10, TimeUnit.SECONDS)) {
                fail("the output streams did not end after the exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    /** Sends a signal by pid ({@code TERM}, {@code INT}, {@code HUP}). */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                fail("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
