package org.torconformance.cli.dropin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The options in effect after tor's three layers: the defaults torrc, the torrc, the command line.
 * Within a layer, the first line of an option replaces what earlier layers gave it and later lines
 * add to it; {@code +Key} always adds and {@code /Key} clears. Names take tor's spelling; a name tor
 * does not know is reported to {@code unknown} and left out.
 */
public final class TorOptions {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private TorOptions() {
    }

    public static TorOptions merge(List<List<ConfigLine>> layers, Consumer<String> unknown) {
        TorOptions o = new TorOptions();
        for (List<ConfigLine> layer : layers) {
            Set<String> seenInLayer = new HashSet<>();
            for (ConfigLine line : layer) {
                Optional<String> name = TorOptionNames.canonical(line.key());
                if (name.isEmpty()) {
                    unknown.accept(line.key());
                    continue;
                }
                o.apply(name.get(), line, seenInLayer.add(name.get()));
            }
        }
        return o;
    }

    private void apply(String name, ConfigLine line, boolean firstInLayer) {
        switch (line.op()) {
            case CLEAR -> values.remove(name);
            case APPEND -> values.computeIfAbsent(name, k -> new ArrayList<>()).add(line.value());
            case SET -> {
                List<String> v = values.computeIfAbsent(name, k -> new ArrayList<>());
                if (firstInLayer) {
                    v.clear();
                }
                v.add(line.value());
            }
        }
    }

    /** Every option that has values, in tor's spelling, in the order first set. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    public List<String> values(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** The last value, as tor reads single-valued options. */
    public Optional<String> value(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }
}
