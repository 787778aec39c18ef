package org.torconformance.socks.wire;

import java.util.Optional;

/** IPv6 text as tor reads and prints it ({@code tor_inet_pton} and {@code tor_inet_ntop} for AF_INET6). */
final class Ipv6Text {
    private Ipv6Text() {
    }

    /** {@code tor_inet_pton(AF_INET6, ...)}, including its quirks around trailing colons and "0x". */
    static Optional<SocksAddress.Ipv6> parse(String src) {
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
            while (eow > 0 && Ascii.isDigit(src.charAt(eow))) {
                eow--;
            }
            if (src.charAt(eow) != ':') {
                return Optional.empty();
            }
            eow++;
            int[] v4 = Ipv4Text.scanDottedQuad(src.substring(eow));
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
            if (Ascii.isHexDigit(c)) {
                int next = strtolHexEnd(src, p);
                int wordLen = next == len ? eow - p : next - p;
                if (wordLen > 4) {
                    return Optional.empty();
                }
                if (wordLen > 1 && !Ascii.isHexDigit(src.charAt(p + 1))) {
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

    /** {@code tor_inet_ntop(AF_INET6, ...)}: lower-case hex, longest zero run compressed, IPv4 tails dotted. */
    static String format(byte[] b) {
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

    /** Where C's {@code strtol(s + p, &next, 16)} stops, for an input starting with a hex digit. */
    private static int strtolHexEnd(String s, int p) {
        int q = p;
        if (s.charAt(q) == '0' && q + 2 < s.length()
                && (s.charAt(q + 1) == 'x' || s.charAt(q + 1) == 'X') && Ascii.isHexDigit(s.charAt(q + 2))) {
            q += 2;
        }
        while (q < s.length() && Ascii.isHexDigit(s.charAt(q))) {
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
}
