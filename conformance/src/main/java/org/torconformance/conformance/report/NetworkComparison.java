package org.torconformance.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;

/**
 * The network cases of a run, each with its normalized event sequence per target, and the differences
 * between the mock ({@value #MOCK}) and the private tor network ({@value #TOR}): the measurement of
 * the mock's circuit and stream model.
 */
public record NetworkComparison(List<Case> cases) {
    public static final String MOCK = "mock-network";
    public static final String TOR = "tor-network";

    /** One case: its results and sequences by target (in the run's order). */
    public record Case(String caseId, String title, Map<String, CaseResult> results, Map<String, List<String>> sequences) {
        public Optional<List<String>> sequence(String target) {
            return Optional.ofNullable(sequences.get(target));
        }

        /** Lines only tor has ({@code -}) and only the mock has ({@code +}); empty when either side is missing. */
        public List<SequenceDiff.Line> differences() {
            if (!sequences.containsKey(TOR) || !sequences.containsKey(MOCK)) {
                return List.of();
            }
            return SequenceDiff.differences(sequences.get(TOR), sequences.get(MOCK));
        }

        public boolean compared() {
            return sequences.containsKey(TOR) && sequences.containsKey(MOCK);
        }
    }

    public static NetworkComparison of(RunSummary s) {
        Map<String, Map<String, CaseResult>> byCase = new TreeMap<>(HtmlReport::compareIds);
        for (CaseResult r : s.results()) {
            if (r.tags().contains("@network")) {
                byCase.computeIfAbsent(r.caseId(), k -> new LinkedHashMap<>()).put(r.target(), r);
            }
        }
        List<Case> cases = new ArrayList<>();
        byCase.forEach((id, results) -> {
            Map<String, List<String>> sequences = new LinkedHashMap<>();
            results.forEach((target, r) -> Optional.ofNullable(s.networkSequences().get(r.key())).ifPresent(q -> sequences.put(target, q)));
            cases.add(new Case(id, results.values().iterator().next().title(), results, sequences));
        });
        return new NetworkComparison(List.copyOf(cases));
    }

    public boolean isEmpty() {
        return cases.isEmpty();
    }
}
