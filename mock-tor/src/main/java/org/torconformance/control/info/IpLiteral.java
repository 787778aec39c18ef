package org.torconformance.control.info;

import java.util.Optional;

/**
 * Tor's {@code tor_addr_parse} for bare addresses: a strict dotted quad (no leading zeros, no
 * short forms), or an IPv6 address with or without brackets, possibly ending in a dotted quad.
 * No ports, masks or zone ids. Returns the 4 or 16 address bytes.
 */
final class IpLiteral {
    private IpLiteral() {
    }

    static Optional<byte[]> parse(String s) {
        if (s.startsWith("[") && s.endsWith("]") && s.length() > 2) {
            return ipv6(s.substring(1, s.length() - 1));
        }
        if (s.contains(":")) {
            return ipv6(s);
        }
        return ipv4(s);
    }

    static Optional<byte[]> ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')
                    || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
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

    static Optional<byte[]> ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        if (gap < 0) {
            return groups(s, out, 0, 16) == 16 ? Optional.of(out) : Optional.empty();
        }
        byte[] head = new byte[16];
        byte[] tail = new byte[16];
        int headLen = gap == 0 ? 0 : groups(s.substring(0, gap), head, 0, 16);
        String after = s.substring(gap + 2);
        int tailLen = after.isEmpty() ? 0 : groups(after, tail, 0, 16);
        if (headLen < 0 || tailLen < 0 || headLen + tailLen > 14) {
            return Optional.empty();
        }
        System.arraycopy(head, 0, out, 0, headLen);
        System.arraycopy(tail, 0, out, 16 - tailLen, tailLen);
        return Optional.of(out);
    }

    /** Parses colon-separated groups (the last may be a dotted quad) into {@code out}; the byte count, or -1. */
    private static int groups(String s, byte[] out, int at, int limit) {
        String[] parts = s.split(":", -1);
        int n = at;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.contains(".")) {
                Optional<byte[]> v4 = ipv4(p);
                if (v4.isEmpty() || n + 4 > limit) {
                    return -1;
                }
                System.arraycopy(v4.get(), 0, out, n, 4);
                n += 4;
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || n + 2 > limit || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return -1;
            }
            int v = Integer.parseInt(p, 16);
            out[n++] = (byte) (v >> 8);
            out[n++] = (byte) v;
        }
        return n - at;
    }
}
