package org.torconformance.control.onion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tor's {@code tor_addr_port_lookup} for the address part of a Port= target: an IP literal with
 * an optional port (brackets required around IPv6 with a port, and an unbracketed IPv6 address
 * takes no port), else a host name with an optional port, resolved by the system resolver.
 *
 * <p>The mock resolves no names on the network: it knows {@code localhost} (as /etc/hosts does)
 * and the numeric forms glibc's getaddrinfo accepts ({@code 1.2.3}, {@code 0x7f.1}); any other
 * name counts as unresolvable, which is what a resolver answers for the non-names tests use.
 */
final class TargetAddress {
    /** {@code port} is 0 when the target named none. */
    record Resolved(InetAddress address, int port) {
    }

    private record Split(String host, int port) {
    }

    static final InetAddress IPV4_LOOPBACK = ipv4(new byte[] {127, 0, 0, 1});

    private TargetAddress() {
    }

    static Optional<Resolved> lookup(String s) {
        Optional<Split> split = split(s);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        String host = split.get().host();
        int port = split.get().port();
        // tor_addr_port_parse: an IP literal, in brackets if it is IPv6 and a port follows
        boolean bracketsMissing = port != 0 && host.indexOf(':') >= 0 && !host.startsWith("[");
        Optional<InetAddress> literal = bracketsMissing ? Optional.empty() : IpLiteral.parse(host);
        if (literal.isPresent()) {
            return Optional.of(new Resolved(literal.get(), port));
        }
        // what is an address as a whole but failed above is malformed, not a name to resolve
        if (IpLiteral.parse(s).isPresent()) {
            return Optional.empty();
        }
        return resolve(host).map(a -> new Resolved(a, port));
    }

    /** {@code tor_addr_port_split}: a whole IPv6 address has no port; otherwise the last colon starts one. */
    private static Optional<Split> split(String s) {
        if (IpLiteral.isIpv6(s)) {
            return Optional.of(new Split(s, 0));
        }
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            return Optional.of(new Split(s, 0));
        }
        OptionalInt port = port(s.substring(colon + 1));
        return port.isPresent() ? Optional.of(new Split(s.substring(0, colon), port.getAsInt())) : Optional.empty();
    }

    private static OptionalInt port(String s) {
        var v = TorLong.parse(s, 1, 65535);
        return v.isPresent() ? OptionalInt.of((int) v.getAsLong()) : OptionalInt.empty();
    }

    private static Optional<InetAddress> resolve(String host) {
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
            return Optional.of(IPV4_LOOPBACK);
        }
        return NumericHost.parse(host).map(TargetAddress::ipv4);
    }

    private static InetAddress ipv4(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }
}
