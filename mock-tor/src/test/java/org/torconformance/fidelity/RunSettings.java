package org.torconformance.fidelity;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The runner's bounds ({@code grace}: how much longer than its own bound the runner waits for a
 * target's worker before it closes the connection under it), from system properties: {@code fidelity.quietMs} (150: how long a connection
 * must be silent to end a response), {@code fidelity.maxExchangeMs} (10000: the most one response
 * may take), {@code fidelity.strict} (false: a scenario test then fails on any difference, not only
 * on malformed mock output), {@code fidelity.reportDir} (target/fidelity).
 */
public record RunSettings(Duration quiet, Duration maxExchange, Duration connectTimeout, Duration authTimeout,
        Duration closeWait, Duration grace, boolean strict, Path reportDir) {
    public static RunSettings fromSystemProperties() {
        return new RunSettings(
                Duration.ofMillis(Long.getLong("fidelity.quietMs", 150)),
                Duration.ofMillis(Long.getLong("fidelity.maxExchangeMs", 10_000)),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Boolean.getBoolean("fidelity.strict"),
                Path.of(System.getProperty("fidelity.reportDir", "target/fidelity")));
    }

    Duration quietFor(ScenarioFile file, Exchange e) {
        return Duration.ofMillis(e.quiet().or(file::quiet).map(Integer::longValue).orElse(quiet.toMillis()));
    }
}
