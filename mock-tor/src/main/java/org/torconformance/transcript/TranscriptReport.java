package org.torconformance.transcript;

import java.util.ArrayList;
import java.util.List;

/** What happened when a transcript played on one connection: matches, mismatches, what never arrived. */
public final class TranscriptReport {
    public sealed interface Outcome {
    }

    public record Matched(int stepIndex, String command) implements Outcome {
    }

    public record Mismatch(int stepIndex, String expected, String actual, NearMiss.Explanation nearest) implements Outcome {
    }

    /** An unexpected command after the transcript's last expectation (handled by @unexpected). */
    public record Unexpected(String actual) implements Outcome {
    }

    public record NeverArrived(int stepIndex, String expected) implements Outcome {
    }

    public record ClientDidNotClose(int stepIndex) implements Outcome {
    }

    private final String title;
    private final long connection;
    private final List<Outcome> outcomes = new ArrayList<>();
    private boolean finished;

    public TranscriptReport(String title, long connection) {
        this.title = title;
        this.connection = connection;
    }

    synchronized void add(Outcome o) {
        outcomes.add(o);
    }

    synchronized void finish() {
        finished = true;
    }

    public String title() {
        return title;
    }

    public long connection() {
        return connection;
    }

    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized boolean finished() {
        return finished;
    }

    /** True when every expectation matched and nothing unexpected arrived. */
    public synchronized boolean clean() {
        return outcomes.stream().allMatch(o -> o instanceof Matched);
    }
}
