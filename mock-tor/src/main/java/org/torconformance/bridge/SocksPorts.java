package org.torconformance.bridge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.torconformance.control.circuits.IsolationFlag;
import org.torconformance.control.circuits.StreamRequest;
import org.torconformance.socks.wire.PortIsolation;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * The SocksPorts in the order they opened, and what a port gives its streams: the session group and the
 * isolation flags its STREAM events list as ISO_FIELDS and circuits are chosen by.
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

    /**
     * The port's {@code SessionGroup=}, or tor's automatic group: -4 for the first port without one, -5 for
     * the next, counting only such ports (as a live tor 0.4.9.11 numbers them).
     */
    int sessionGroup(int port) {
        int i = indexOf(port);
        if (i < 0) {
            return StreamRequest.FIRST_SOCKS_PORT_SESSION_GROUP;
        }
        OptionalInt explicit = ports.get(i).options().isolation().sessionGroup();
        if (explicit.isPresent()) {
            return explicit.getAsInt();
        }
        int automaticBefore = 0;
        for (int j = 0; j < i; j++) {
            if (ports.get(j).options().isolation().sessionGroup().isEmpty()) {
                automaticBefore++;
            }
        }
        return StreamRequest.FIRST_SOCKS_PORT_SESSION_GROUP - automaticBefore;
    }

    /** What streams from the port isolate by; ISO_FIELDS lists it in {@link IsolationFlag}'s order. */
    Set<IsolationFlag> isolation(int port) {
        int i = indexOf(port);
        if (i < 0) {
            return IsolationFlag.DEFAULT;
        }
        SocksPortOptions options = ports.get(i).options();
        PortIsolation p = options.isolation();
        Set<IsolationFlag> flags = EnumSet.of(IsolationFlag.SESSIONGRP, IsolationFlag.NYM_EPOCH);
        add(flags, options.isolateSocksAuth(), IsolationFlag.SOCKSAUTH);
        add(flags, p.destAddr(), IsolationFlag.DESTADDR);
        add(flags, p.destPort(), IsolationFlag.DESTPORT);
        add(flags, p.clientProtocol(), IsolationFlag.CLIENTPROTO);
        add(flags, p.clientAddr(), IsolationFlag.CLIENTADDR);
        return flags;
    }

    private static void add(Set<IsolationFlag> flags, boolean on, IsolationFlag flag) {
        if (on) {
            flags.add(flag);
        }
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
