package org.torconformance.conformance.run;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the reports need about a finished run. {@code targets} keeps the run's order (client
 * targets, then daemon and network targets); {@code networkSequences} maps a network case's result key
 * ({@code caseId target}) to its normalized event sequence.
 */
public record RunSummary(List<CaseResult> results, Map<String, String> targets, Set<String> baselined,
                         List<String> newFailures, List<String> staleBaseline, List<String> baselineUpdate,
                         long seed, boolean strict, int exitCode, long durationMillis, Map<String, List<String>> networkSequences) {
    /** A run without network cases. */
    public RunSummary(List<CaseResult> results, Map<String, String> targets, Set<String> baselined, List<String> newFailures,
                      List<String> staleBaseline, List<String> baselineUpdate, long seed, boolean strict, int exitCode,
                      long durationMillis) {
        this(results, targets, baselined, newFailures, staleBaseline, baselineUpdate, seed, strict, exitCode, durationMillis, Map.of());
    }

    public RunSummary {
        networkSequences = Map.copyOf(networkSequences);
        results = List.copyOf(results);
        targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
        baselined = Set.copyOf(baselined);
        newFailures = List.copyOf(newFailures);
        staleBaseline = List.copyOf(staleBaseline);
        baselineUpdate = List.copyOf(baselineUpdate);
    }
}
