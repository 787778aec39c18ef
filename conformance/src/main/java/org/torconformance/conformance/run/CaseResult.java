package org.torconformance.conformance.run;

import java.util.List;

/**
 * One case on one target. {@code caseId} comes from the scenario name ({@code cs/3.9/2 …});
 * {@code wireLog} is the conversation as the mock or the raw client saw it.
 */
public record CaseResult(String caseId, String title, String target, String feature, List<String> tags,
                         Requirement requirement, Verdict verdict, String message, long durationMillis,
                         String wireLog, String seed) {
    public CaseResult {
        tags = List.copyOf(tags);
    }

    public String key() {
        return caseId + " " + target;
    }
}
