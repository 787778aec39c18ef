package org.torconformance.control.config;

/**
 * The torrc text tor writes for SAVECONF and answers for {@code GETINFO config-text}
 * ({@code config_dump}, minimal): every option that differs from its default, in tor's option
 * order, one {@code Key value} line per value (just {@code Key} for an empty value). Group members
 * and obsolete options are written through their group; lines of {@code __} options never are.
 */
final class ConfigDump {
    private ConfigDump() {
    }

    static String minimal(ConfigState state, ConfigState defaults) {
        StringBuilder out = new StringBuilder();
        for (OptionDef def : state.table().all()) {
            if (def.type().isContained() || state.same(defaults, def)) {
                continue;
            }
            for (ConfigLine l : state.slot(def)) {
                if (l.key().startsWith("__")) {
                    continue;
                }
                out.append(l.key());
                if (!l.value().isEmpty()) {
                    out.append(' ').append(l.writtenValue());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
