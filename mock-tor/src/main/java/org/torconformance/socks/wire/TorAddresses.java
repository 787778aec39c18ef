package org.torconformance.socks.wire;

import java.util.Optional;

/**
 * Tor's own IP address text rules ({@code tor_inet_aton}, {@code tor_inet_pton}, {@code tor_addr_parse},
 * {@code tor_inet_ntop}) and the address classes its SOCKS code consults. They differ from the JDK's
 * (no octal-looking octets, three-digit fields, brackets optional for IPv6), so they are spelled out here.
 * Strings are Latin-1: one char per wire byte.
 */
final class TorAddresses {
    private TorAddresses() {
    }

    /** {@code tor_inet_aton}: exactly four decimal fields of at most three digits, no leading zeros. */
    static Optional<SocksAddress.Ipv4> parseIpv4(String s) {
        int[] fields = new int[4];
        int pos = 0;
        for (int f = 0; f < 4; f++) {
            if (f > 0) {
                if (pos >= s.length() || s.charAt(pos) != '.') {
                    return Optional.empty();
                }
                pos++;
            }
            int start = pos;
            int value = 0;
            while (pos < s.length() && pos - start < 3 && isDigit(s.charAt(pos))) {
                value = value * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            if (pos == start || value > 255) {
                return Optional.empty();
            }
            if (pos - start > 1 && s.charAt(start) == '0') {
                return Optional.empty();
            }
            fields[f] = value;
        }
        if (pos != s.length()) {
            return Optional.empty();
        }
        return Optional.of(SocksAddress.ipv4(fields[0], fields[1], fields[2], fields[3]));
    }

    /** {@code tor_inet_pton(AF_INET6, ...)}, including its quirks around trailing colons and "0x". */
    static Optional<SocksAddress.Ipv6> parseIpv6(String src) {
        int len = src.length();
        if (len > 2 && src.charAt(len - 1) == ':' && src.charAt(len - 2) != ':') {
            return Optional.empty();
        }
        int[] words = new int[8];
        int setWords = 0;
        int gapPos = -1;
        int dot = src.indexOf('.');
        int eow;
        if (dot == 0) {
            return Optional.empty();
        } else if (dot < 0) {
            eow = len;
        } else {
            eow = dot - 1;
            while (eow > 0 && isDigit(src.charAt(eow))) {
                eow--;
            }
            if (src.charAt(eow) != ':') {
                return Optional.empty();
            }
            eow++;
            int[] v4 = scanDottedQuadNoOctalCheck(src.substring(eow));
            if (v4 == null) {
                return Optional.empty();
            }
            words[6] = (v4[0] << 8) | v4[1];
            words[7] = (v4[2] << 8) | v4[3];
            setWords += 2;
        }

        int i = 0;
        int p = 0;
        while (p < eow) {
            if (i > 7) {
                return Optional.empty();
            }
            char c = src.charAt(p);
            if (isHexDigit(c)) {
                int next = strtolHexEnd(src, p);
                int wordLen = next == len ? eow - p : next - p;
                if (wordLen > 4) {
                    return Optional.empty();
                }
                if (wordLen > 1 && !isHexDigit(src.charAt(p + 1))) {
                    return Optional.empty();
                }
                words[i++] = hexValue(src, p, next);
                setWords++;
                p = next;
                if (p < len && src.charAt(p) != ':' && p != eow) {
                    return Optional.empty();
                }
                if (p == len && p != eow) {
                    return Optional.empty();
                }
                p++;
            } else if (c == ':' && i > 0 && gapPos == -1) {
                gapPos = i;
                p++;
            } else if (c == ':' && i == 0 && p + 1 < eow && src.charAt(p + 1) == ':' && gapPos == -1) {
                gapPos = i;
                p += 2;
            } else {
                return Optional.empty();
            }
        }

        if (setWords > 8 || (setWords == 8 && gapPos != -1) || (setWords < 8 && gapPos == -1)) {
            return Optional.empty();
        }
        if (gapPos >= 0) {
            int toMove = setWords - (dot >= 0 ? 2 : 0) - gapPos;
            int gapLen = 8 - setWords;
            System.arraycopy(words, gapPos, words, gapPos + gapLen, toMove);
            for (int k = gapPos; k < gapPos + gapLen; k++) {
                words[k] = 0;
            }
        }
        byte[] out = new byte[16];
        for (int k = 0; k < 8; k++) {
            out[2 * k] = (byte) (words[k] >> 8);
            out[2 * k + 1] = (byte) words[k];
        }
        return Optional.of(new SocksAddress.Ipv6(out));
    }

    /** {@code tor_addr_parse}: IPv6 with or without brackets, IPv4 only without. */
    static Optional<SocksAddress> parse(String src) {
        boolean brackets = src.length() >= 2 && src.charAt(0) == '[' && src.charAt(src.length() - 1) == ']';
        String inner = brackets ? src.substring(1, src.length() - 1) : src;
        Optional<SocksAddress.Ipv6> v6 = parseIpv6(inner);
        Optional<SocksAddress> result = v6.map(a -> a);
        if (!brackets) {
            Optional<SocksAddress.Ipv4> v4 = parseIpv4(inner);
            if (v4.isPresent()) {
                result = Optional.of(v4.get());
            }
        }
        return result;
    }

    static String formatIpv4(byte[] octets) {
        return (octets[0] & 0xff) + "." + (octets[1] & 0xff) + "." + (octets[2] & 0xff) + "." + (octets[3] & 0xff);
    }

    /** {@code tor_inet_ntop(AF_INET6, ...)}: lower-case hex, longest zero run compressed, IPv4 tails dotted. */
    static String formatIpv6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        if (w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0
                && ((w[5] == 0 && w[6] != 0 && w[7] != 0) || w[5] == 0xffff)) {
            String v4 = (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
            return w[5] == 0 ? "::" + v4 : "::" + Integer.toHexString(w[5]) + ":" + v4;
        }
        int longestPos = -1;
        int longestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] == 0) {
                int start = i;
                while (i < 8 && w[i] == 0) {
                    i++;
                }
                if (i - start > longestLen) {
                    longestPos = start;
                    longestLen = i - start;
                }
            } else {
                i++;
            }
        }
        if (longestLen <= 1) {
            longestPos = -1;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0 && longestPos == i) {
                if (i == 0) {
                    out.append(':');
                }
                out.append(':');
                while (i < 8 && w[i] == 0) {
                    i++;
                }
                i--;
            } else {
                out.append(Integer.toHexString(w[i]));
                if (i != 7) {
                    out.append(':');
                }
            }
        }
        return out.toString();
    }

    /** {@code tor_addr_to_str(..., decorate=1)}: what tor stores as the request address. */
    static String decorated(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv4 v4) {
            return v4.dotted();
        } else if (address instanceof SocksAddress.Ipv6 v6) {
            return "[" + v6.text() + "]";
        }
        throw new IllegalArgumentException("not an IP address: " + address);
    }

    /**
     * {@code tor_addr_is_internal(addr, 0)} as tor 0.4.9.11 behaves: IPv4-mapped IPv6 addresses are judged
     * by their IPv4 part (live tor rejects a CONNECT to [::ffff:127.0.0.1] as private).
     */
    static boolean isInternal(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv6 v6) {
            byte[] b = v6.octets();
            if (isV4Mapped(b)) {
                return isInternalIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            if ((w0 & 0xfe00) == 0xfc00 || (w0 & 0xffc0) == 0xfe80 || (w0 & 0xffc0) == 0xfec0) {
                return true;
            }
            for (int i = 0; i < 15; i++) {
                if (b[i] != 0) {
                    return false;
                }
            }
            return (b[15] & 0xfe) == 0;
        } else if (address instanceof SocksAddress.Ipv4 v4) {
            return isInternalIpv4(v4.octets());
        }
        return true;
    }

    private static boolean isInternalIpv4(byte[] o) {
        int a = o[0] & 0xff;
        int b = o[1] & 0xff;
        return a == 10 || a == 0 || a == 127
                || (a == 100 && (b & 0xc0) == 0x40)
                || (a == 169 && b == 254)
                || (a == 172 && (b & 0xf0) == 16)
                || (a == 192 && b == 168);
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** {@code tor_addr_hostname_is_local}. */
    static boolean isLocalHostname(String name) {
        String lower = Ascii.lower(name);
        return lower.equals("localhost") || lower.equals("local") || lower.endsWith(".local");
    }

    /** {@code address_is_in_virtual_range} with the default VirtualAddrNetworkIPv4/IPv6. */
    static boolean isInVirtualRange(String address) {
        if (Ascii.lower(address).endsWith(".virtual")) {
            return true;
        }
        Optional<SocksAddress> parsed = parse(address);
        if (parsed.isEmpty()) {
            return false;
        }
        if (parsed.get() instanceof SocksAddress.Ipv4 v4) {
            byte[] o = v4.octets();
            return (o[0] & 0xff) == 127 && (o[1] & 0xc0) == 0xc0;
        }
        byte[] o = ((SocksAddress.Ipv6) parsed.get()).octets();
        return (o[0] & 0xff) == 0xfe && (o[1] & 0xc0) == 0x80;
    }

    private static int[] scanDottedQuadNoOctalCheck(String s) {
        int[] fields = new int[4];
        int pos = 0;
        for (int f = 0; f < 4; f++) {
            if (f > 0) {
                if (pos >= s.length() || s.charAt(pos) != '.') {
                    return null;
                }
                pos++;
            }
            int start = pos;
            int value = 0;
            while (pos < s.length() && pos - start < 3 && isDigit(s.charAt(pos))) {
                value = value * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            if (pos == start || value > 255) {
                return null;
            }
            fields[f] = value;
        }
        return pos == s.length() ? fields : null;
    }

    /** Where C's {@code strtol(s + p, &next, 16)} stops, for an input starting with a hex digit. */
    private static int strtolHexEnd(String s, int p) {
        int q = p;
        if (s.charAt(q) == '0' && q + 2 < s.length()
                && (s.charAt(q + 1) == 'x' || s.charAt(q + 1) == 'X') && isHexDigit(s.charAt(q + 2))) {
            q += 2;
        }
        while (q < s.length() && isHexDigit(s.charAt(q))) {
            q++;
        }
        return q;
    }

    private static int hexValue(String s, int from, int to) {
        long value = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == 'x' || c == 'X') {
                continue;
            }
            value = Math.min(value * 16 + Character.digit(c, 16), 0xffffL);
        }
        return (int) value;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
