package org.torconformance.conformance.run;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the reports need about a finished run. */
/** {@code targets} keeps the run's order (client targets, then daemon targets). */
public record RunSummary(List<CaseResult> results, Map<String, String> targets, Set<String> baselined,
                         List<String> newFailures, List<String> staleBaseline, List<String> baselineUpdate,
                         long seed, boolean strict, int exitCode, long durationMillis) {
    public RunSummary {
        results = List.copyOf(results);
        targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
        baselined = Set.copyOf(baselined);
        newFailures = List.copyOf(newFailures);
        staleBaseline = List.copyOf(staleBaseline);
        baselineUpdate = List.copyOf(baselineUpdate);
    }
}
