package org.torconformance.control.onion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * IP address literals as tor's {@code tor_addr_parse} reads them: a strict dotted quad (four
 * decimal octets, no leading zeros), or IPv6 with or without brackets (hex groups, one {@code ::},
 * an optional dotted quad at the end, no zone). Never resolves a name.
 */
final class IpLiteral {
    private IpLiteral() {
    }

    static Optional<InetAddress> parse(String s) {
        if (s.startsWith("[") && s.endsWith("]") && s.length() > 2) {
            return ipv6(s.substring(1, s.length() - 1));
        }
        Optional<byte[]> v4 = dottedQuad(s);
        return v4.isPresent() ? v4.map(IpLiteral::address) : ipv6(s);
    }

    static boolean isIpv6(String s) {
        return dottedQuad(s).isEmpty() && parse(s).isPresent();
    }

    private static Optional<byte[]> dottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9') || (p.length() > 1 && p.charAt(0) == '0')) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            out[i] = (byte) v;
        }
        return Optional.of(out);
    }

    private static Optional<InetAddress> ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap < 0 ? s : s.substring(0, gap);
        String tail = gap < 0 ? "" : s.substring(gap + 2);
        byte[] out = new byte[16];
        Optional<byte[]> headBytes = groups(head, gap < 0);
        Optional<byte[]> tailBytes = groups(tail, true);
        if (headBytes.isEmpty() || tailBytes.isEmpty()) {
            return Optional.empty();
        }
        int total = headBytes.get().length + tailBytes.get().length;
        if (gap < 0 ? total != 16 : total > 14) {
            return Optional.empty();
        }
        System.arraycopy(headBytes.get(), 0, out, 0, headBytes.get().length);
        System.arraycopy(tailBytes.get(), 0, out, 16 - tailBytes.get().length, tailBytes.get().length);
        return Optional.of(address(out));
    }

    /** Colon-separated hex groups; the last may be a dotted quad when {@code mayEndInIpv4}. */
    private static Optional<byte[]> groups(String s, boolean mayEndInIpv4) {
        if (s.isEmpty()) {
            return Optional.of(new byte[0]);
        }
        String[] parts = s.split(":", -1);
        byte[] out = new byte[parts.length * 2 + 2];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && mayEndInIpv4 && p.contains(".")) {
                Optional<byte[]> v4 = dottedQuad(p);
                if (v4.isEmpty()) {
                    return Optional.empty();
                }
                System.arraycopy(v4.get(), 0, out, n, 4);
                n += 4;
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(IpLiteral::isHexDigit)) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p, 16);
            out[n++] = (byte) (v >> 8);
            out[n++] = (byte) v;
        }
        return Optional.of(Arrays.copyOf(out, n));
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static InetAddress address(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
