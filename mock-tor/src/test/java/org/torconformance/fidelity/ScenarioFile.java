package org.torconformance.fidelity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed {@code *.scenarios} file: what both targets are configured with, and its scenarios.
 *
 * @param name  the file name without {@code .scenarios}
 * @param torrc extra torrc lines for the live tor and the mock
 * @param quiet the file's default quiet time in ms; empty: the runner's default
 */
public record ScenarioFile(String name, List<String> torrc, ScenarioAuth auth, Optional<Integer> quiet,
        List<Scenario> scenarios) {
    public ScenarioFile {
        torrc = List.copyOf(torrc);
        scenarios = List.copyOf(scenarios);
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two scenarios named '" + s.name() + "' in " + name);
            }
        }
    }

    public int exchangeCount() {
        return scenarios.stream().mapToInt(s -> s.exchanges().size()).sum();
    }
}
