package org.torconformance.conformance.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.torconformance.conformance.target.Target;

/**
 * What the Cucumber glue and plugin share while one target runs. Cucumber instantiates both
 * itself, so this is the one piece of static state. Targets run in parallel lanes, each on its own
 * thread, and Cucumber runs a target's scenarios on the thread that started it: so one context per
 * thread.
 */
public final class RunContext {
    private static final ThreadLocal<RunContext> CURRENT = new ThreadLocal<>();

    private final Target target;
    private final Timeouts timeouts;
    private final long seed;
    private final Consumer<CaseResult> sink;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final List<CaseResult> results = new ArrayList<>();
    private String wireLog = "";
    private List<String> networkSequence = List.of();
    private final java.util.Map<String, List<String>> networkSequences = new java.util.LinkedHashMap<>();

    RunContext(Target target, Timeouts timeouts, long seed, int total, Consumer<CaseResult> sink) {
        this.target = target;
        this.timeouts = timeouts;
        this.seed = seed;
        this.total = total;
        this.sink = sink;
    }

    public static RunContext current() {
        RunContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("no conformance run in progress (run the suite through its Main)");
        }
        return c;
    }

    static void begin(RunContext c) {
        CURRENT.set(c);
    }

    static void end() {
        CURRENT.remove();
    }

    public Target target() {
        return target;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    public long seed() {
        return seed;
    }

    /** The glue hands over the case's wire log before the case finishes. */
    public synchronized void recordWireLog(String log) {
        wireLog = log;
    }

    synchronized String takeWireLog() {
        String w = wireLog;
        wireLog = "";
        return w;
    }

    /** A network case's normalized event sequence (see {@code network.EventSequence}), handed over like the wire log. */
    public synchronized void recordNetworkSequence(List<String> sequence) {
        networkSequence = List.copyOf(sequence);
    }

    synchronized void finished(CaseResult r) {
        if (!networkSequence.isEmpty()) {
            networkSequences.put(r.key(), networkSequence);
            networkSequence = List.of();
        }
        results.add(r);
        sink.accept(r);
    }

    /** Result key ({@code caseId target}) to the case's normalized event sequence, for network cases. */
    synchronized java.util.Map<String, List<String>> networkSequences() {
        return java.util.Map.copyOf(networkSequences);
    }

    synchronized List<CaseResult> results() {
        return List.copyOf(results);
    }

    int total() {
        return total;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
