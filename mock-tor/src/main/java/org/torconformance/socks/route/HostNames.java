package org.torconformance.socks.route;

import java.util.Locale;
import java.util.Optional;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/** Hostname and address text helpers shared by the routing code. */
final class HostNames {
    private HostNames() {
    }

    /** Lower case, one trailing dot dropped: how a resolver would treat the name. */
    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The address a destination names, in tor's text forms (dotted quad, IPv6 with or without brackets). */
    static Optional<byte[]> address(String text) {
        return TorAddresses.parse(text).map(HostNames::octets);
    }

    static byte[] octets(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv4 v4) {
            return v4.octets();
        } else if (address instanceof SocksAddress.Ipv6 v6) {
            return v6.octets();
        }
        throw new IllegalArgumentException("not an IP address: " + address);
    }

    static String requireHostname(String name) {
        if (name.isEmpty() || name.contains("*") || name.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("not a hostname pattern: '" + name + "'");
        }
        return name;
    }
}
