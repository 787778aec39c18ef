package org.torconformance.bridge;

import java.util.HashMap;
import java.util.Map;

/** The SOCKS streams the model knows, by stream id. Reactor-confined. */
final class BridgedStreams {
    private final Map<Long, BridgedStream> byId = new HashMap<>();

    BridgedStream get(long id) {
        return byId.get(id);
    }

    void put(BridgedStream stream) {
        byId.put(stream.id(), stream);
    }

    void remove(long id) {
        byId.remove(id);
    }
}
