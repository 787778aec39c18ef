package org.torconformance.socks.wire;

import java.util.Optional;

/**
 * Tor's generic address text functions: {@code tor_addr_parse} and {@code tor_addr_to_str}. Tor's rules differ
 * from the JDK's (no octal-looking octets, three-digit fields, brackets optional for IPv6), so they are
 * spelled out here and in {@link Ipv4Text} and {@link Ipv6Text}. Strings are Latin-1: one char per wire byte.
 */
public final class TorAddresses {
    private TorAddresses() {
    }

    /** {@code tor_addr_parse}: IPv6 with or without brackets, IPv4 only without. */
    public static Optional<SocksAddress> parse(String src) {
        boolean brackets = src.length() >= 2 && src.charAt(0) == '[' && src.charAt(src.length() - 1) == ']';
        String inner = brackets ? src.substring(1, src.length() - 1) : src;
        Optional<SocksAddress.Ipv6> v6 = Ipv6Text.parse(inner);
        Optional<SocksAddress> result = v6.map(a -> a);
        if (!brackets) {
            Optional<SocksAddress.Ipv4> v4 = Ipv4Text.parse(inner);
            if (v4.isPresent()) {
                result = Optional.of(v4.get());
            }
        }
        return result;
    }

    /** {@code tor_addr_to_str(..., decorate=1)}: what tor stores as the request address. */
    public static String decorated(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv4 v4) {
            return v4.dotted();
        } else if (address instanceof SocksAddress.Ipv6 v6) {
            return "[" + v6.text() + "]";
        }
        throw new IllegalArgumentException("not an IP address: " + address);
    }
}
