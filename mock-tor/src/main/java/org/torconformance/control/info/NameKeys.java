package org.torconformance.control.info;

import org.torconformance.cli.Version;
import org.torconformance.control.EventBus;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.SignalName;

/** {@code version} and the lists of names: events, features, signals and GETINFO keys themselves. */
final class NameKeys {
    private NameKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        info.key("version", "The current version of Tor.", Keys.constant(Version.TOR_VERSION));
        info.key("info/names", "List of GETINFO options, types, and documentation.",
                (key, session) -> InfoRegistry.Value.of(InfoNames.list(info.documented())));
        info.key("events/names", "Events that the controller can ask for with SETEVENTS.",
                Keys.constant(String.join(" ", EventBus.SUBSCRIBABLE)));
        info.key("signal/names", "Signal names recognized by the SIGNAL command",
                Keys.constant(String.join(" ", SignalName.names())));
        info.key("features/names", "What arguments can USEFEATURE take?", Keys.constant("VERBOSE_NAMES EXTENDED_EVENTS"));
    }
}
