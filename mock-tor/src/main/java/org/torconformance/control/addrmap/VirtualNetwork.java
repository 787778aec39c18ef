package org.torconformance.control.addrmap;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A range virtual addresses are drawn from: {@code VirtualAddrNetworkIPv4} (127.192.0.0/10 by
 * default) or {@code VirtualAddrNetworkIPv6} ([FE80::]/10).
 */
public record VirtualNetwork(IpAddress base, int bits) {
    public static final VirtualNetwork DEFAULT_IPV4 = parse("127.192.0.0/10").orElseThrow();
    public static final VirtualNetwork DEFAULT_IPV6 = parse("[FE80::]/10").orElseThrow();

    public static Optional<VirtualNetwork> parse(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<IpAddress> base = IpAddress.parse(value.substring(0, slash));
        String bits = value.substring(slash + 1);
        if (base.isEmpty() || bits.isEmpty() || !bits.chars().allMatch(Character::isDigit) || bits.length() > 3) {
            return Optional.empty();
        }
        int n = Integer.parseInt(bits);
        int max = base.get().isIpv6() ? 104 : 16;
        return n > max ? Optional.empty() : Optional.of(new VirtualNetwork(base.get(), n));
    }

    public boolean contains(IpAddress a) {
        if (a.isIpv6() != base.isIpv6()) {
            return false;
        }
        byte[] x = a.bytes();
        byte[] b = base.bytes();
        for (int i = 0; i < bits; i++) {
            int bit = 7 - (i % 8);
            if (((x[i / 8] >> bit) & 1) != ((b[i / 8] >> bit) & 1)) {
                return false;
            }
        }
        return true;
    }

    /** Random bytes with the network's first {@code bits} bits, as {@code get_random_virtual_addr}. */
    public IpAddress random(RandomGenerator random) {
        byte[] b = base.bytes();
        byte[] out = new byte[b.length];
        random.nextBytes(out);
        for (int i = 0; i < bits; i++) {
            int bit = 7 - (i % 8);
            out[i / 8] = (byte) ((out[i / 8] & ~(1 << bit)) | (b[i / 8] & (1 << bit)));
        }
        return new IpAddress(out);
    }
}
