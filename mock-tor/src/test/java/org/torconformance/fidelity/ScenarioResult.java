package org.torconformance.fidelity;

import java.util.List;
import java.util.Optional;

/**
 * A scenario run on both targets.
 *
 * @param problems  what went wrong around the exchanges: a target that could not be reached or
 *                  authenticated, a restart, an {@code @expect-close} not met
 * @param malformed mock output that {@code ReplyDecoder} cannot frame and that is not tor's own
 *                  bytes reproduced
 */
public record ScenarioResult(String file, String name, Optional<String> skipLive, List<ExchangeResult> exchanges,
        List<String> problems, List<String> malformed) {
    public ScenarioResult {
        exchanges = List.copyOf(exchanges);
        problems = List.copyOf(problems);
        malformed = List.copyOf(malformed);
    }

    public long compared() {
        return exchanges.stream().filter(e -> e.verdict() != ExchangeResult.Verdict.MOCK_ONLY).count();
    }

    public long agreed() {
        return exchanges.stream().filter(ExchangeResult::agrees).count();
    }
}
