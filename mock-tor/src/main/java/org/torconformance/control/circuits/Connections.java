package org.torconformance.control.circuits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tor's connection array: every connection (listeners, controllers, OR connections, streams) with
 * one global ID counter, removals moving the last entry into the freed slot. The order of
 * {@code stream-status} and {@code orconn-status}, and the order in which tor marks streams when it
 * closes them all, follow this array. A tor with only a ControlPort has its listener as the first
 * connection, so the first controller gets 2 and its first stream 3.
 */
final class Connections {
    /** A connection that is not a stream or OR connection (a listener, a controller, a SOCKS handshake). */
    private record Other(long id) {
    }

    private final SwapList<Object> array = new SwapList<>();
    private final Map<Long, Object> others = new HashMap<>();
    private long lastId;

    /** {@code listeners}: the connections tor opened before the model started. */
    Connections(int listeners) {
        for (int i = 0; i < listeners; i++) {
            array.add(new Other(++lastId));
        }
    }

    /** A new connection that is not (yet) a stream: its ID, and its place in the array. */
    long open() {
        long id = ++lastId;
        Other o = new Other(id);
        others.put(id, o);
        array.add(o);
        return id;
    }

    /** A stream or OR connection of its own. */
    long add(Object connection) {
        array.add(connection);
        return ++lastId;
    }

    /** The connection {@code id} (from {@link #open()}) becomes {@code connection}, keeping its place. */
    void become(long id, Object connection) {
        Object o = others.remove(id);
        if (o == null) {
            array.add(connection);
        } else {
            array.replace(o, connection);
        }
    }

    void close(long id) {
        Object o = others.remove(id);
        if (o != null) {
            array.remove(o);
        }
    }

    void remove(Object connection) {
        array.remove(connection);
    }

    <T> List<T> all(Class<T> type) {
        return array.snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
