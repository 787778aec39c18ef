package org.torconformance.control.circuits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The streams among tor's connections, in connection-array order (swap-removal), by global ID. */
final class StreamTable {
    private final SwapList<Stream> order = new SwapList<>();
    private final Map<Long, Stream> byId = new HashMap<>();

    void add(Stream s) {
        order.add(s);
        byId.put(s.id(), s);
    }

    void remove(Stream s) {
        order.remove(s);
        byId.remove(s.id());
    }

    /** {@code get_stream}: {@code tor_parse_uint64}, then a stream not marked for close. */
    Optional<Stream> find(String id) {
        return TorNumbers.parseUnsigned(id, 0, Long.MAX_VALUE).stream().mapToObj(byId::get)
                .filter(s -> s != null && !s.isClosed()).findFirst();
    }

    Optional<Stream> byId(long id) {
        return Optional.ofNullable(byId.get(id)).filter(s -> !s.isClosed());
    }

    List<Stream> all() {
        return order.snapshot();
    }
}
