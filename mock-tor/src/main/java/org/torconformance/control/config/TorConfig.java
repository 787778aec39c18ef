package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's configuration as option lines, in order: what modules read and listen to. Names are
 * matched case-insensitively. Before the {@link ConfigModule} is installed this holds the torrc
 * lines the mock was started with; afterwards it holds every option's current value in tor's
 * canonical spelling and encoding (defaults included, {@code "1"}/{@code "0"} for booleans), kept
 * in step with SETCONF, RESETCONF and LOADCONF.
 */
public final class TorConfig {
    private final List<Line> lines = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();

    /** Hears about every change, after it is made (old and new values may be empty). */
    @FunctionalInterface
    public interface Listener {
        void changed(String option, List<String> oldValues, List<String> newValues);
    }

    /** One option line: {@code name} as it was first given, {@code value} as stored. */
    public record Line(String name, String value) {
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public List<String> values(String option) {
        String k = key(option);
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            if (key(l.name()).equals(k)) {
                out.add(l.value());
            }
        }
        return List.copyOf(out);
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

    /** Replaces every line of {@code option}; the new lines take the place of the first old one. */
    public void set(String option, List<String> values) {
        List<String> old = values(option);
        String k = key(option);
        int at = -1;
        String name = option;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (key(lines.get(i).name()).equals(k)) {
                name = lines.get(i).name();
                lines.remove(i);
                at = i;
            }
        }
        String stored = name;
        List<Line> added = values.stream().map(v -> new Line(stored, v)).toList();
        lines.addAll(at < 0 ? lines.size() : at, added);
        notify(option, old, values(option));
    }

    public void set(String option, String value) {
        set(option, List.of(value));
    }

    public void add(String option, String value) {
        List<String> old = values(option);
        String name = lines.stream().filter(l -> key(l.name()).equals(key(option))).map(Line::name).findFirst().orElse(option);
        lines.add(new Line(name, value));
        notify(option, old, values(option));
    }

    public void unset(String option) {
        set(option, List.of());
    }

    /** Every option that has values, in the order they were first set. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Line l : lines) {
            String name = names.computeIfAbsent(key(l.name()), k -> l.name());
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(l.value());
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** Every line in order, keeping the interleaving of related options (HiddenServiceDir, HiddenServicePort). */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    private void notify(String option, List<String> old, List<String> now) {
        if (!old.equals(now)) {
            for (Listener l : List.copyOf(listeners)) {
                l.changed(option, old, now);
            }
        }
    }

    private static String key(String option) {
        return option.toLowerCase(Locale.ROOT);
    }
}
