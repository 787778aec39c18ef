package org.torconformance.socks.wire;

import java.util.Optional;

/** IPv4 text as tor reads and prints it ({@code tor_inet_aton}, {@code tor_inet_ntoa}). */
final class Ipv4Text {
    private Ipv4Text() {
    }

    /** {@code tor_inet_aton}: exactly four decimal fields of at most three digits, no leading zeros. */
    static Optional<SocksAddress.Ipv4> parse(String s) {
        int[] fields = scanDottedQuad(s);
        if (fields == null) {
            return Optional.empty();
        }
        for (String field : s.split("\\.", -1)) {
            if (field.length() > 1 && field.charAt(0) == '0') {
                return Optional.empty();
            }
        }
        return Optional.of(SocksAddress.ipv4(fields[0], fields[1], fields[2], fields[3]));
    }

    /**
     * Tor's {@code "%3u.%3u.%3u.%3u%c"} scan: four fields of one to three digits, each at most 255, nothing
     * after. The IPv6 parser uses it for dotted tails without the leading-zero check; null if it fails.
     */
    static int[] scanDottedQuad(String s) {
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
            while (pos < s.length() && pos - start < 3 && Ascii.isDigit(s.charAt(pos))) {
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

    static String format(byte[] octets) {
        return (octets[0] & 0xff) + "." + (octets[1] & 0xff) + "." + (octets[2] & 0xff) + "." + (octets[3] & 0xff);
    }
}
