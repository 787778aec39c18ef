package org.torconformance.bridge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.torconformance.control.circuits.IsolationFlag;
import org.torconformance.control.circuits.StreamRequest;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * The SocksPorts in the order they opened, and what a port gives its streams: the session group (-4 for the
 * first port, -5 for the next, as tor numbers ports without SessionGroup=) and the isolation flags
 * (NoIsolateSOCKSAuth drops SOCKS_USERNAME,SOCKS_PASSWORD from ISO_FIELDS).
 */
final class SocksPorts {
    private record Port(int port, SocksPortOptions options) {
    }

    private final List<Port> ports = new ArrayList<>();

    void add(int port, SocksPortOptions options) {
        ports.add(new Port(port, options));
    }

    boolean any() {
        return !ports.isEmpty();
    }

    int sessionGroup(int port) {
        return StreamRequest.FIRST_SOCKS_PORT_SESSION_GROUP - Math.max(indexOf(port), 0);
    }

    Set<IsolationFlag> isolation(int port) {
        int i = indexOf(port);
        if (i < 0 || ports.get(i).options().isolateSocksAuth()) {
            return IsolationFlag.DEFAULT;
        }
        Set<IsolationFlag> flags = EnumSet.copyOf(IsolationFlag.DEFAULT);
        flags.remove(IsolationFlag.SOCKSAUTH);
        return flags;
    }

    private int indexOf(int port) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).port() == port) {
                return i;
            }
        }
        return -1;
    }
}
