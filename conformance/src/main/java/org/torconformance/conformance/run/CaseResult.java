package org.torconformance.conformance.run;

import java.util.List;

/**
 * One case on one target. {@code caseId} comes from the scenario name ({@code cs/3.9/2 …});
 * {@code wireLog} is the conversation as the mock or the raw client saw it; {@code description}
 * is the requirement the case checks, as its scenario states it (empty for generated cases).
 */
public record CaseResult(String caseId, String title, String target, String feature, List<String> tags,
                         Requirement requirement, Verdict verdict, String message, long durationMillis,
                         String wireLog, String seed, String description) {
    public CaseResult {
        tags = List.copyOf(tags);
    }

    public CaseResult(String caseId, String title, String target, String feature, List<String> tags, Requirement requirement,
                      Verdict verdict, String message, long durationMillis, String wireLog, String seed) {
        this(caseId, title, target, feature, tags, requirement, verdict, message, durationMillis, wireLog, seed, "");
    }

    public String key() {
        return caseId + " " + target;
    }
}
