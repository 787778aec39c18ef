package org.torconformance.socks.route;

import java.util.Arrays;
import java.util.Optional;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/**
 * The left side of a route: which destinations it covers. Destinations are tor's strings after lower-casing
 * and address mapping: hostnames (onion addresses included), dotted quads, bracketed IPv6.
 */
public sealed interface HostPattern permits HostPattern.Exact, HostPattern.Suffix, HostPattern.Any,
        HostPattern.Network {

    boolean matches(String destination);

    /** True for patterns written as an address or network: the test knows that destination by address. */
    default boolean namesAnAddress() {
        return false;
    }

    /** {@code web.test}: that hostname only (case-insensitive, one trailing dot ignored). */
    record Exact(String name) implements HostPattern {
        public Exact {
            name = HostNames.normalize(name);
        }

        @Override
        public boolean matches(String destination) {
            return HostNames.normalize(destination).equals(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code *.test}: every name below {@code test}, at any depth, but not {@code test} itself. */
    record Suffix(String parent) implements HostPattern {
        public Suffix {
            parent = HostNames.normalize(parent);
        }

        @Override
        public boolean matches(String destination) {
            return HostNames.normalize(destination).endsWith("." + parent);
        }

        @Override
        public String toString() {
            return "*." + parent;
        }
    }

    /** {@code *}: everything. */
    record Any() implements HostPattern {
        @Override
        public boolean matches(String destination) {
            return true;
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    /** {@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code [2001:db8::]/32}: addresses within a network. */
    record Network(byte[] base, int prefixLength) implements HostPattern {
        public Network {
            if (base.length != 4 && base.length != 16) {
                throw new IllegalArgumentException("an address is 4 or 16 bytes, got " + base.length);
            }
            if (prefixLength < 0 || prefixLength > base.length * 8) {
                throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
            }
            base = base.clone();
        }

        @Override
        public byte[] base() {
            return base.clone();
        }

        @Override
        public boolean namesAnAddress() {
            return true;
        }

        @Override
        public boolean matches(String destination) {
            return HostNames.address(destination).map(this::contains).orElse(false);
        }

        public boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int full = prefixLength / 8;
            if (!Arrays.equals(address, 0, full, base, 0, full)) {
                return false;
            }
            int rest = prefixLength % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (base[full] & mask);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Network other && Arrays.equals(base, other.base) && prefixLength == other.prefixLength;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(base) + prefixLength;
        }

        @Override
        public String toString() {
            String text = TorAddresses.decorated(base.length == 4 ? new SocksAddress.Ipv4(base) : new SocksAddress.Ipv6(base));
            return prefixLength == base.length * 8 ? text : text + "/" + prefixLength;
        }
    }

    /** Reads a pattern as written in a rule; throws {@link IllegalArgumentException} with the reason. */
    static HostPattern parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty host pattern");
        }
        if (t.equals("*")) {
            return new Any();
        }
        int slash = t.lastIndexOf('/');
        String addressPart = slash < 0 ? t : t.substring(0, slash);
        Optional<byte[]> address = HostNames.address(addressPart);
        if (address.isPresent()) {
            int bits = address.get().length * 8;
            int prefix = slash < 0 ? bits : prefixLength(t.substring(slash + 1), bits);
            return new Network(address.get(), prefix);
        }
        if (slash >= 0) {
            throw new IllegalArgumentException("not an address before '/': " + addressPart);
        }
        if (t.startsWith("*.")) {
            return new Suffix(HostNames.requireHostname(t.substring(2)));
        }
        return new Exact(HostNames.requireHostname(t));
    }

    private static int prefixLength(String digits, int bits) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= 0 && n <= bits) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("prefix length must be 0-" + bits + ", got '" + digits + "'");
    }
}
