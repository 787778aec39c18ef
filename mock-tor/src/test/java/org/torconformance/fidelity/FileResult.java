package org.torconformance.fidelity;

import java.util.List;
import java.util.Optional;

/**
 * One scenario file's run. When the targets could not start, {@code startFailure} says why and
 * every exchange of the file counts as a difference ({@code exchangeCount}).
 */
public record FileResult(String file, Optional<String> startFailure, int exchangeCount, List<ScenarioResult> scenarios) {
    public FileResult {
        scenarios = List.copyOf(scenarios);
    }

    public Agreement agreement() {
        if (startFailure.isPresent()) {
            return new Agreement(0, exchangeCount);
        }
        long agreed = scenarios.stream().mapToLong(ScenarioResult::agreed).sum();
        long compared = scenarios.stream().mapToLong(ScenarioResult::compared).sum();
        return new Agreement(agreed, compared);
    }
}
