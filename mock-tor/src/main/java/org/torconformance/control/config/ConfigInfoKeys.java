package org.torconformance.control.config;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/** The GETINFO keys about the configuration, with tor's {@code info/names} descriptions. */
final class ConfigInfoKeys {
    private ConfigInfoKeys() {
    }

    static void register(TorModel model) {
        InfoRegistry info = model.info();
        Configuration config = Configuration.of(model);
        info.key("config-file", "Current location of the \"torrc\" file.", (k, s) -> InfoRegistry.Value.of(config.configFile()));
        info.key("config-defaults-file", "Current location of the defaults file.",
                (k, s) -> InfoRegistry.Value.of(Configuration.SYSTEM_TORRC_DEFAULTS));
        info.key("config-text", "Return the string that would be written by a saveconf command.",
                (k, s) -> InfoRegistry.Value.of(config.text()));
        info.key("config-can-saveconf", "Is it possible to save the configuration to the \"torrc\" file?",
                (k, s) -> InfoRegistry.Value.of(config.canSave() ? "1" : "0"));
        info.key("config/names", "List of configuration options, types, and documentation.",
                (k, s) -> InfoRegistry.Value.of(names(config.state().table())));
        info.key("config/defaults", "List of default values for configuration options. See also config/names",
                (k, s) -> new InfoRegistry.Value(config.state().table().defaultsAnswer()));
        info.prefix("config/", "Current configuration values.", (k, s) -> new InfoRegistry.Unknown());
    }

    /** {@code Name Type} per listed option, in tor's order. */
    static String names(OptionTable table) {
        StringBuilder out = new StringBuilder();
        table.all().stream().filter(OptionDef::listed)
                .forEach(d -> out.append(d.name()).append(' ').append(d.type().torName()).append('\n'));
        return out.toString();
    }
}
