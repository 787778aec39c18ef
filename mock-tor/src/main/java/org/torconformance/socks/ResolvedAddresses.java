package org.torconformance.socks;

import java.util.HashSet;
import java.util.Set;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/**
 * The addresses the mock has given out in answers to SOCKS RESOLVE: a client that connects to one of them
 * learned it through tor (torsocks does exactly this), not from its own resolver. Reactor-confined.
 */
final class ResolvedAddresses {
    private final Set<String> answered = new HashSet<>();

    void add(SocksAddress answer) {
        if (answer instanceof SocksAddress.Ipv4 || answer instanceof SocksAddress.Ipv6) {
            answered.add(TorAddresses.decorated(answer));
        }
    }

    /** {@code address} in tor's decorated form (dotted quad, bracketed IPv6). */
    boolean contains(String address) {
        return answered.contains(address);
    }
}
