package org.torconformance.control.addrmap;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as tor's {@code tor_addr_parse} reads it: a strict dotted quad, or an IPv6
 * address with or without brackets. Formatting follows {@code tor_addr_to_str}: IPv6 in its shortest
 * lower-case form, optionally bracketed.
 */
public record IpAddress(byte[] bytes) {
    public IpAddress {
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isIpv6() {
        return bytes.length == 16;
    }

    public static Optional<IpAddress> parse(String s) {
        if (s.startsWith("[") && s.endsWith("]") && s.length() > 2) {
            return parseIpv6(s.substring(1, s.length() - 1));
        }
        Optional<IpAddress> v4 = parseIpv4(s);
        return v4.isPresent() ? v4 : parseIpv6(s);
    }

    public static Optional<IpAddress> parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            out[i] = (byte) v;
        }
        return Optional.of(new IpAddress(out));
    }

    public static Optional<IpAddress> parseIpv6(String s) {
        if (s.isEmpty() || s.chars().anyMatch(c -> !(Character.digit(c, 16) >= 0 || c == ':' || c == '.'))) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        String head = s;
        String tail = "";
        int gap = s.indexOf("::");
        if (gap >= 0) {
            if (s.indexOf("::", gap + 1) >= 0) {
                return Optional.empty();
            }
            head = s.substring(0, gap);
            tail = s.substring(gap + 2);
        }
        int[] headWords = words(head);
        int[] tailWords = words(tail);
        if (headWords == null || tailWords == null) {
            return Optional.empty();
        }
        int total = headWords.length + tailWords.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return Optional.empty();
        }
        for (int i = 0; i < headWords.length; i++) {
            out[2 * i] = (byte) (headWords[i] >> 8);
            out[2 * i + 1] = (byte) headWords[i];
        }
        for (int i = 0; i < tailWords.length; i++) {
            int w = 8 - tailWords.length + i;
            out[2 * w] = (byte) (tailWords[i] >> 8);
            out[2 * w + 1] = (byte) tailWords[i];
        }
        return Optional.of(new IpAddress(out));
    }

    /** 16-bit words; a trailing dotted quad counts as two. Null when malformed. */
    private static int[] words(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int n = pieces.length;
        boolean quadAtEnd = pieces[n - 1].contains(".");
        int[] out = new int[quadAtEnd ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = pieces[i];
            if (i == n - 1 && quadAtEnd) {
                Optional<IpAddress> quad = parseIpv4(p);
                if (quad.isEmpty()) {
                    return null;
                }
                byte[] q = quad.get().bytes;
                out[i] = ((q[0] & 0xff) << 8) | (q[1] & 0xff);
                out[i + 1] = ((q[2] & 0xff) << 8) | (q[3] & 0xff);
            } else {
                if (p.isEmpty() || p.length() > 4 || p.contains(".")) {
                    return null;
                }
                out[i] = Integer.parseInt(p, 16);
            }
        }
        return out;
    }

    /**
     * {@code tor_addr_is_internal}: 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16;
     * fc00::/7, fe80::/10, fec0::/10, {@code ::} and {@code ::1}; IPv4-mapped addresses as IPv4.
     */
    public boolean isInternal() {
        int[] b = new int[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = bytes[i] & 0xff;
        }
        if (!isIpv6()) {
            return b[0] == 0 || b[0] == 10 || b[0] == 127 || (b[0] == 100 && (b[1] & 0xc0) == 64)
                    || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168);
        }
        if ((b[0] & 0xfe) == 0xfc || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)) {
            return true;
        }
        boolean zeroHead = true;
        for (int i = 0; i < 10; i++) {
            zeroHead &= b[i] == 0;
        }
        if (zeroHead && b[10] == 0xff && b[11] == 0xff) {
            return new IpAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)).isInternal();
        }
        boolean zero = zeroHead && b[10] == 0 && b[11] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0;
        return zero && (b[15] & 0xfe) == 0;
    }

    /** {@code tor_addr_to_str}: dotted quad, or RFC 5952 IPv6 ({@code [..]} when {@code decorate}). */
    public String format(boolean decorate) {
        if (!isIpv6()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(w[i]));
            if (i < 7) {
                sb.append(':');
            }
        }
        return decorate ? "[" + sb + "]" : sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return format(true);
    }
}
