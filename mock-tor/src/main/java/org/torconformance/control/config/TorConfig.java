package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's configuration: option name to its values, in order (LineList options keep every
 * line). Names are matched case-insensitively and stored in the case they were first given.
 */
public final class TorConfig {
    private final Map<String, Entry> options = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();

    /** Hears about every change, after it is made (old and new values may be empty). */
    @FunctionalInterface
    public interface Listener {
        void changed(String option, List<String> oldValues, List<String> newValues);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    private record Entry(String name, List<String> values) {
    }

    public List<String> values(String option) {
        Entry e = options.get(key(option));
        return e == null ? List.of() : List.copyOf(e.values());
    }

    /** The last value, as tor reads single-valued options. */
    public Optional<String> value(String option) {
        List<String> v = values(option);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public boolean bool(String option) {
        return value(option).map(v -> v.equals("1")).orElse(false);
    }

    public boolean isSet(String option) {
        return !values(option).isEmpty();
    }

    public void set(String option, List<String> values) {
        List<String> old = values(option);
        if (values.isEmpty()) {
            options.remove(key(option));
        } else {
            Entry e = options.get(key(option));
            options.put(key(option), new Entry(e == null ? option : e.name(), new ArrayList<>(values)));
        }
        notify(option, old, values(option));
    }

    private void notify(String option, List<String> old, List<String> now) {
        if (!old.equals(now)) {
            for (Listener l : List.copyOf(listeners)) {
                l.changed(option, old, now);
            }
        }
    }

    public void set(String option, String value) {
        set(option, List.of(value));
    }

    public void add(String option, String value) {
        List<String> old = values(option);
        options.computeIfAbsent(key(option), k -> new Entry(option, new ArrayList<>())).values().add(value);
        notify(option, old, values(option));
    }

    public void unset(String option) {
        set(option, List.of());
    }

    /** Every option that has values, in the order they were first set. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        options.values().forEach(e -> out.put(e.name(), List.copyOf(e.values())));
        return out;
    }

    private static String key(String option) {
        return option.toLowerCase(Locale.ROOT);
    }
}
