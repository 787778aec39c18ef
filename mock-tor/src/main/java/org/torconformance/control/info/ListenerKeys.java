package org.torconformance.control.info;

import java.util.stream.Collectors;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.ListenerAddresses;
import org.torconformance.wire.EscForLog;

/** {@code net/listeners/<type>}: the bound addresses of one listener type, each quoted, space-separated. */
final class ListenerKeys {
    private ListenerKeys() {
    }

    static void install(TorModel model) {
        ListenerAddresses listeners = ListenerAddresses.of(model);
        model.info().prefix("net/listeners/", "Bound addresses by type", (key, session) -> {
            String type = key.substring("net/listeners/".length());
            for (ListenerAddresses.Type t : ListenerAddresses.Type.values()) {
                if (t.key().equals(type)) {
                    return InfoRegistry.Value.of(listeners.addresses(t).stream()
                            .map(a -> EscForLog.escape(a).latin1()).collect(Collectors.joining(" ")));
                }
            }
            return new InfoRegistry.Unknown();
        });
    }
}
