package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole configuration, as tor's {@code or_options_t} holds it: for every option slot, the lines
 * tor would encode for it. An unset (NULL) value has no lines; a Dependent option lives in its
 * group's slot, next to the other members, in order. Immutable: changes make new states, so a
 * SETCONF can be tried and thrown away.
 */
public final class ConfigState {
    private final OptionTable table;
    private final Map<String, List<ConfigLine>> slots;

    private ConfigState(OptionTable table, Map<String, List<ConfigLine>> slots) {
        this.table = table;
        this.slots = slots;
    }

    private static final Map<OptionTable, ConfigState> DEFAULTS = new java.util.IdentityHashMap<>();

    /** Tor's {@code config_init}: every option at its default, or at its type's zero value. */
    public static ConfigState defaults(OptionTable table) {
        synchronized (DEFAULTS) {
            return DEFAULTS.computeIfAbsent(table, ConfigState::initial);
        }
    }

    private static ConfigState initial(OptionTable table) {
        Map<String, List<ConfigLine>> slots = new HashMap<>();
        ConfigState empty = new ConfigState(table, slots);
        for (OptionDef d : table.all()) {
            if (d.type() != OptionType.DEPENDENT && d.type() != OptionType.OBSOLETE) {
                slots.put(slotKey(d), empty.reset(d, true).slot(d));
            }
        }
        return new ConfigState(table, Map.copyOf(slots));
    }

    public OptionTable table() {
        return table;
    }

    /** The lines GETCONF answers for {@code def}: a Dependent option's own lines, otherwise the whole slot. */
    public List<ConfigLine> lines(OptionDef def) {
        List<ConfigLine> slot = slot(def);
        if (def.type() != OptionType.DEPENDENT) {
            return slot;
        }
        return slot.stream().filter(l -> l.key().equals(def.name())).toList();
    }

    /** The values of the option named {@code name} (its own lines only). */
    public List<String> values(String name) {
        return lines(table.get(name)).stream().map(ConfigLine::value).toList();
    }

    /** The last value of a single-valued option, if it has one. */
    public java.util.Optional<String> value(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v.get(v.size() - 1));
    }

    /** Every line stored where {@code def} is stored (the whole group for Dependent and Virtual options). */
    public List<ConfigLine> slot(OptionDef def) {
        return slots.getOrDefault(slotKey(def), List.of());
    }

    /** {@code config_reset}: the option's slot emptied to its type's zero value, then given its default if asked. */
    public ConfigState reset(OptionDef def, boolean useDefault) {
        if (def.type() == OptionType.OBSOLETE) {
            return this;
        }
        OptionDef owner = owner(def);
        List<ConfigLine> lines = OptionValues.cleared(owner).stream().map(v -> new ConfigLine(owner.name(), v)).toList();
        ConfigState cleared = withSlot(owner, lines);
        if (!useDefault || def.initValue().isEmpty()) {
            return cleared;
        }
        ValueOutcome v = OptionValues.read(def, def.initValue().get());
        if (!(v instanceof ValueOutcome.Accepted a)) {
            throw new IllegalStateException("tor's default for " + def.name() + " does not parse: " + v);
        }
        return cleared.withSlot(owner, List.of(new ConfigLine(def.name(), a.encoded())));
    }

    /** Appends a line to a line-list option's slot. */
    public ConfigState append(OptionDef def, String value) {
        List<ConfigLine> lines = new ArrayList<>(slot(def));
        lines.add(new ConfigLine(def.name(), value));
        return withSlot(owner(def), lines);
    }

    /** Replaces a single-valued option's value. */
    public ConfigState replace(OptionDef def, String encoded) {
        return withSlot(def, List.of(new ConfigLine(def.name(), encoded)));
    }

    /** Puts lines (possibly named after another option, as tor does for RecommendedClientVersions) into {@code def}'s slot. */
    ConfigState withLines(OptionDef def, List<ConfigLine> lines) {
        return withSlot(owner(def), lines);
    }

    /** Replaces exactly the lines of {@code def} inside its slot (used when another module sets an option directly). */
    public ConfigState replaceOwnLines(OptionDef def, List<String> values) {
        if (def.type() != OptionType.DEPENDENT) {
            return withSlot(def, values.stream().map(v -> new ConfigLine(def.name(), v)).toList());
        }
        List<ConfigLine> out = new ArrayList<>();
        boolean placed = false;
        for (ConfigLine l : slot(def)) {
            if (!l.key().equals(def.name())) {
                out.add(l);
            } else if (!placed) {
                values.forEach(v -> out.add(new ConfigLine(def.name(), v)));
                placed = true;
            }
        }
        if (!placed) {
            values.forEach(v -> out.add(new ConfigLine(def.name(), v)));
        }
        return withSlot(owner(def), out);
    }

    private ConfigState withSlot(OptionDef def, List<ConfigLine> lines) {
        Map<String, List<ConfigLine>> copy = new HashMap<>(slots);
        copy.put(slotKey(def), List.copyOf(lines));
        return new ConfigState(table, copy);
    }

    /** Whether {@code def}'s slot holds the same lines in both states ({@code config_is_same}). */
    public boolean same(ConfigState other, OptionDef def) {
        return slot(def).equals(other.slot(def));
    }

    private OptionDef owner(OptionDef def) {
        return def.group().map(table::get).orElse(def);
    }

    private static String slotKey(OptionDef def) {
        return OptionNames.fold(def.slot());
    }
}
