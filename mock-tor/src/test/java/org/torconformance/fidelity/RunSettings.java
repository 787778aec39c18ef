package org.torconformance.fidelity;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The runner's bounds, from system properties where given:
 * <ul>
 * <li>{@code fidelity.quietMs} (150): how long a connection must be silent to end a response;
 * <li>{@code fidelity.patienceMs} (2000): how long a target gets to catch up when it is silent
 *     where the other answered, or open where the other closed, so that a slow target is not
 *     taken for a different one;
 * <li>{@code fidelity.maxExchangeMs} (10000): the most one response may take;
 * <li>{@code fidelity.strict} (false): a scenario test then fails on any difference, not only on
 *     malformed mock output;
 * <li>{@code fidelity.reportDir} (target/fidelity).
 * </ul>
 * {@code grace} is how much longer than its own bound the runner waits for a target's worker
 * before it closes the connection under it.
 */
public record RunSettings(Duration quiet, Duration patience, Duration maxExchange, Duration connectTimeout,
        Duration authTimeout, Duration closeWait, Duration grace, boolean strict, Path reportDir) {
    public static RunSettings fromSystemProperties() {
        return new RunSettings(
                Duration.ofMillis(Long.getLong("fidelity.quietMs", 150)),
                Duration.ofMillis(Long.getLong("fidelity.patienceMs", 2000)),
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
