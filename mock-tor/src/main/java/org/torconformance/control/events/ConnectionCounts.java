package org.torconformance.control.events;

import org.torconformance.control.TorModel;

/** Connections accepted and made, by address family, as the heartbeat reports them. */
public final class ConnectionCounts {
    private long incomingIpv4;
    private long incomingIpv6;
    private long outgoingIpv4;
    private long outgoingIpv6;

    public static ConnectionCounts of(TorModel model) {
        return model.part(ConnectionCounts.class, ConnectionCounts::new);
    }

    /** Tor counts every accepted TCP connection (control and SOCKS); Unix sockets count in neither family. */
    public void noteIncoming(boolean ipv6) {
        if (ipv6) {
            incomingIpv6++;
        } else {
            incomingIpv4++;
        }
    }

    public void noteOutgoing(boolean ipv6) {
        if (ipv6) {
            outgoingIpv6++;
        } else {
            outgoingIpv4++;
        }
    }

    public long incomingIpv4() {
        return incomingIpv4;
    }

    public long incomingIpv6() {
        return incomingIpv6;
    }

    public long outgoingIpv4() {
        return outgoingIpv4;
    }

    public long outgoingIpv6() {
        return outgoingIpv6;
    }
}
