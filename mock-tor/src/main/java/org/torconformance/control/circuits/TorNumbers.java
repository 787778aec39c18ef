package org.torconformance.control.circuits;

import java.util.OptionalLong;

/**
 * Tor's {@code tor_parse_ulong}/{@code tor_parse_uint64} in base 10 over the whole string: C's
 * {@code strtoul} takes leading white space and a sign (a minus wraps around, so only {@code -0}
 * survives the range check); at least one digit; nothing may follow.
 */
final class TorNumbers {
    private TorNumbers() {
    }

    static OptionalLong parseUnsigned(String s, long min, long max) {
        int i = 0;
        int n = s.length();
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                return OptionalLong.empty();
            }
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == digitsStart || i != n) {
            return OptionalLong.empty();
        }
        if (negative && value != 0) {
            return OptionalLong.empty();
        }
        return value < min || value > max ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
