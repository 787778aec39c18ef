package org.torconformance.conformance.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.torconformance.conformance.target.Target;

/**
 * What the Cucumber glue and plugin share while one target runs. Cucumber instantiates both
 * itself, so this is the one piece of static state; runs are sequential, so it holds one run.
 */
public final class RunContext {
    private static volatile RunContext current;

    private final Target target;
    private final Timeouts timeouts;
    private final long seed;
    private final Consumer<CaseResult> sink;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final List<CaseResult> results = new ArrayList<>();
    private String wireLog = "";

    RunContext(Target target, Timeouts timeouts, long seed, int total, Consumer<CaseResult> sink) {
        this.target = target;
        this.timeouts = timeouts;
        this.seed = seed;
        this.total = total;
        this.sink = sink;
    }

    public static RunContext current() {
        RunContext c = current;
        if (c == null) {
            throw new IllegalStateException("no conformance run in progress (run the suite through its Main)");
        }
        return c;
    }

    static void begin(RunContext c) {
        current = c;
    }

    static void end() {
        current = null;
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

    synchronized void finished(CaseResult r) {
        results.add(r);
        sink.accept(r);
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
