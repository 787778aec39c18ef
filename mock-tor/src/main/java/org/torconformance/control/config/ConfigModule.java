package org.torconformance.control.config;

import java.nio.file.Path;
import java.util.Optional;
import org.torconformance.control.ControlModule;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.SignalHooks;

/**
 * Tor's configuration commands: GETCONF, SETCONF, RESETCONF, SAVECONF and +LOADCONF, the GETINFO
 * {@code config*} keys, and CONF_CHANGED. Install it before the modules that read options at
 * install time: it turns the mock's torrc lines into tor's canonical values.
 */
public final class ConfigModule implements ControlModule {
    private final Optional<Path> torrcFile;

    /** {@code torrcFile}: tor's {@code -f}; read at start and written by SAVECONF (a missing file counts as none). */
    public ConfigModule(Optional<Path> torrcFile) {
        this.torrcFile = torrcFile;
    }

    public ConfigModule() {
        this(Optional.empty());
    }

    @Override
    public void install(TorModel model) {
        Configuration config = new Configuration(model, OptionTable.tor(), torrcFile);
        model.putPart(Configuration.class, config);
        config.start();
        SignalHooks.of(model).add(new SignalHooks.Hook() {
            @Override
            public void reload() {
                config.reload();
            }
        });
        model.commands().register("GETCONF", GetConfCommand.SYNTAX, GetConfCommand::handle);
        model.commands().register("SETCONF", SetConfCommand.SYNTAX, SetConfCommand::setConf);
        model.commands().register("RESETCONF", SetConfCommand.SYNTAX, SetConfCommand::resetConf);
        model.commands().register("SAVECONF", SaveConfCommand.SYNTAX, SaveConfCommand::handle);
        model.commands().register("+LOADCONF", LoadConfCommand.SYNTAX, LoadConfCommand::handle);
        ConfigInfoKeys.register(model);
    }
}
