package org.torconformance.fidelity;

import java.util.List;
import java.util.Optional;

/**
 * A run of exchanges on one fresh connection.
 *
 * @param preauth     do not authenticate before the first exchange
 * @param skipLive    why the live tor must not see this scenario (it would crash or hang it); the
 *                    mock still runs it and its output is checked for well-formedness
 * @param expectClose the target must have closed the connection after the last exchange
 */
public record Scenario(String name, boolean preauth, Optional<String> skipLive, boolean expectClose,
        List<Exchange> exchanges) {
    public Scenario {
        exchanges = List.copyOf(exchanges);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
    }
}
