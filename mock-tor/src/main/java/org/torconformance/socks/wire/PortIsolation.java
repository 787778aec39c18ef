package org.torconformance.socks.wire;

import java.util.OptionalInt;

/**
 * A SocksPort's isolation flags other than IsolateSOCKSAuth (which the handshake itself consults, so it
 * stays in {@link SocksPortOptions}): which properties of a stream keep it off circuits that streams with
 * other values use, and the port's {@code SessionGroup=}. Only circuit choice and the STREAM events'
 * {@code SESSION_GROUP} and {@code ISO_FIELDS} depend on them.
 *
 * @param sessionGroup {@code SessionGroup=N}; empty gives the port tor's next automatic group
 */
public record PortIsolation(boolean destAddr, boolean destPort, boolean clientProtocol, boolean clientAddr,
                            OptionalInt sessionGroup) {
    /** Tor's default: only the client address (with SOCKS credentials, the session group and the epoch). */
    public static final PortIsolation DEFAULT = new PortIsolation(false, false, false, true, OptionalInt.empty());

    public PortIsolation withDestAddr(boolean value) {
        return new PortIsolation(value, destPort, clientProtocol, clientAddr, sessionGroup);
    }

    public PortIsolation withDestPort(boolean value) {
        return new PortIsolation(destAddr, value, clientProtocol, clientAddr, sessionGroup);
    }

    public PortIsolation withClientProtocol(boolean value) {
        return new PortIsolation(destAddr, destPort, value, clientAddr, sessionGroup);
    }

    public PortIsolation withClientAddr(boolean value) {
        return new PortIsolation(destAddr, destPort, clientProtocol, value, sessionGroup);
    }

    public PortIsolation withSessionGroup(int group) {
        return new PortIsolation(destAddr, destPort, clientProtocol, clientAddr, OptionalInt.of(group));
    }
}
