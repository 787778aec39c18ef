package org.torconformance.conformance.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.torconformance.conformance.controller.ControllerEvent;

/**
 * One running driver: writes requests to its stdin, reads responses and events from its stdout on a
 * thread of its own, and keeps the tail of its stderr for error messages. Killed by its own handle.
 */
public final class DriverProcess implements AutoCloseable {
    private static final int STDERR_LINES = 20;

    private final DriverSpec spec;
    private final Process process;
    private final OutputStream stdin;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<DriverReply>> pending = new ConcurrentHashMap<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private volatile Consumer<ControllerEvent> eventSink = e -> { };
    private volatile String brokenBecause;

    private DriverProcess(DriverSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
        this.stdin = process.getOutputStream();
        daemon("stdout", this::readStdout).start();
        daemon("stderr", this::readStderr).start();
    }

    /** Starts the driver; an {@link IOException} means the command could not be run at all. */
    public static DriverProcess start(DriverSpec spec) throws IOException {
        return new DriverProcess(spec, new ProcessBuilder(spec.command()).start());
    }

    private Thread daemon(String stream, Runnable r) {
        Thread t = new Thread(r, "driver-" + spec.name() + "-" + stream);
        t.setDaemon(true);
        return t;
    }

    /**
     * Sends one request and waits up to {@code bound} for its reply.
     *
     * @throws TimeoutException the driver did not answer in time (the caller decides what that means)
     * @throws DriverCrashed    the driver is dead or broke the protocol
     */
    public DriverReply request(String op, ObjectNode args, Duration bound) throws TimeoutException {
        long id = ids.incrementAndGet();
        ObjectNode request = DriverMessage.JSON.createObjectNode().put("id", id).put("op", op);
        request.setAll(args);
        CompletableFuture<DriverReply> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            if (brokenBecause != null) {
                throw crashed();
            }
            try {
                synchronized (stdin) {
                    stdin.write((request.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                    stdin.flush();
                }
            } catch (IOException e) {
                broken("its stdin closed (" + e.getMessage() + ")");
                throw crashed();
            }
            return reply.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw crashed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverCrashed("interrupted while waiting for the " + spec.name() + " driver");
        } finally {
            pending.remove(id);
        }
    }

    /** Where events go from now on (the current controller's log). */
    public void setEventSink(Consumer<ControllerEvent> sink) {
        eventSink = sink;
    }

    public boolean isAlive() {
        return brokenBecause == null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public DriverSpec spec() {
        return spec;
    }

    private void readStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                DriverMessage m;
                try {
                    m = DriverMessage.parse(line);
                } catch (IllegalArgumentException e) {
                    broken("it wrote a line outside the protocol (" + e.getMessage() + "): " + abbreviate(line));
                    return;
                }
                if (m instanceof DriverMessage.Event ev) {
                    eventSink.accept(ev.event());
                } else if (m instanceof DriverMessage.Response resp) {
                    CompletableFuture<DriverReply> f = pending.get(resp.id());
                    if (f != null) {
                        f.complete(resp.reply());
                    }
                }
            }
            broken("it closed its stdout");
        } catch (IOException e) {
            broken("reading its stdout failed: " + e.getMessage());
        }
    }

    private void readStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException ignored) {
            // the process is gone; what we kept is the tail
        }
    }

    private void broken(String why) {
        if (brokenBecause == null) {
            brokenBecause = why;
        }
        pending.values().forEach(f -> f.completeExceptionally(new DriverCrashed(why)));
        process.destroyForcibly();
    }

    private DriverCrashed crashed() {
        String exit = "";
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                exit = ", exit code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new DriverCrashed("the " + spec.name() + " driver (" + spec.commandLine() + ") stopped: " + brokenBecause + exit
                + stderrSummary());
    }

    /** The last lines the driver wrote on stderr, for messages; empty when it wrote none. */
    public String stderrSummary() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; its stderr ends with:\n  " + String.join("\n  ", stderrTail);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** Kills the driver now: after a hang, its library may never return. */
    public void kill(String why) {
        broken(why);
    }

    /** Ends the driver: stdin closes (so it exits by itself), and what is left after a moment is killed. */
    @Override
    public void close() {
        try {
            stdin.close();
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // it is killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        broken("it was stopped by the suite");
    }
}
