package org.torconformance.socks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The option values every new SOCKS connection reads (SocksTimeout and the global SOCKS options), looked up
 * once per configuration change rather than once per connection: a lookup scans every configuration line,
 * which took a fifth of the reactor's time per connection when clients connect thousands of times a second.
 * {@link #forget} must run on every change (a {@code TorConfig} listener). Reactor thread only.
 */
final class ConfiguredOptions {
    private final Function<String, Optional<String>> lookup;
    private final Map<String, Optional<String>> known = new HashMap<>();

    ConfiguredOptions(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    Optional<String> get(String option) {
        return known.computeIfAbsent(option, lookup);
    }

    void forget() {
        known.clear();
    }
}
