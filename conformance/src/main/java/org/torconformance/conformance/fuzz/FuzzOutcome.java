package org.torconformance.conformance.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fuzz run on one target: how many cases ran, the coverage of edge cases, and the first failure
 * shrunk to a minimal case (its draws replay it; its transcript file replays it through the mock).
 */
public record FuzzOutcome(String target, long seed, int casesRun, long millis, Map<String, Integer> coverage,
                          Optional<Failure> failure) {
    public record Failure(long caseSeed, String message, List<Integer> draws, int shrinkAttempts, Path file) {
    }
}
