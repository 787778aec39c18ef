package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tor's {@code config_assign}, in its three passes: rewrite aliases; for SETCONF and RESETCONF,
 * reset every named option first (a whole group for a group member, to the default for
 * RESETCONF); then assign the lines in order, so that repeated line-list keys append and repeated
 * single-value keys keep the last value.
 */
final class ConfigAssigner {
    /** SETCONF clears what it names first; RESETCONF also restores defaults; torrc text just assigns. */
    enum Mode {
        TORRC(false, false), SETCONF(true, false), RESETCONF(true, true);

        final boolean clearFirst;
        final boolean useDefaults;

        Mode(boolean clearFirst, boolean useDefaults) {
            this.clearFirst = clearFirst;
            this.useDefaults = useDefaults;
        }
    }

    private ConfigAssigner() {
    }

    static ChangeOutcome assign(ConfigState start, List<OptionAssignment> lines, Mode mode) {
        OptionTable table = start.table();
        List<OptionAssignment> expanded = new ArrayList<>();
        for (OptionAssignment l : lines) {
            expanded.add(new OptionAssignment(table.expandAlias(l.key()), l.value(), l.command()));
        }
        ConfigState state = start;
        if (mode.clearFirst) {
            for (OptionAssignment l : expanded) {
                Optional<OptionDef> def = table.find(l.key());
                if (def.isPresent()) {
                    state = state.reset(def.get(), mode.useDefaults);
                }
            }
        }
        for (OptionAssignment l : expanded) {
            Optional<OptionDef> found = table.find(l.key());
            if (found.isEmpty()) {
                return new ChangeOutcome.Refused(SetOptError.MISC, "Unknown option '" + l.key() + "'.  Failing.");
            }
            OptionDef def = found.get();
            if (l.value().isEmpty()) {
                boolean skippedEmptyList = def.type().isLineList() && l.command() != OptionAssignment.Command.CLEAR;
                if (!mode.clearFirst && !skippedEmptyList) {
                    state = state.reset(def, mode.useDefaults);
                }
                continue;
            }
            ValueOutcome v = OptionValues.read(def, l.value());
            if (v instanceof ValueOutcome.Refused r) {
                return new ChangeOutcome.Refused(SetOptError.PARSE, r.message());
            }
            String encoded = ((ValueOutcome.Accepted) v).encoded();
            if (encoded == null) {
                continue;
            }
            state = def.type().isLineList() ? state.append(def, encoded) : state.replace(def, encoded);
        }
        return new ChangeOutcome.Changed(state);
    }
}
