package org.torconformance.control.circuits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The streams among tor's connections: by global ID, and in connection-array order. */
final class StreamTable {
    private final Map<Long, Stream> byId = new HashMap<>();
    private final Connections connections;

    StreamTable(Connections connections) {
        this.connections = connections;
    }

    /** A new stream's ID: a fresh connection. */
    long newId() {
        return connections.open();
    }

    /** The connection {@code s.id()} is now this stream. */
    void add(Stream s) {
        connections.become(s.id(), s);
        byId.put(s.id(), s);
    }

    void remove(Stream s) {
        connections.remove(s);
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
        return connections.all(Stream.class);
    }
}
