package org.torconformance.control.onion;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tor's {@code tor_parse_long} and {@code tor_parse_uint64} in base 10: C's strtol, so leading
 * whitespace and one sign are accepted, then at least one digit and nothing after the digits.
 */
final class TorLong {
    private TorLong() {
    }

    static OptionalLong parse(String s, long min, long max) {
        return parse(s, BigInteger.valueOf(min), BigInteger.valueOf(max))
                .map(v -> OptionalLong.of(v.longValueExact()))
                .orElse(OptionalLong.empty());
    }

    /** BigInteger because the range may be uint64's; a long run of digits (strtol's ERANGE) is out of range too. */
    static Optional<BigInteger> parse(String s, BigInteger min, BigInteger max) {
        int i = 0;
        while (i < s.length() && isCSpace(s.charAt(i))) {
            i++;
        }
        int signAt = i;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsAt = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digitsAt || i != s.length()) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(s.substring(signAt, i).replace("+", ""));
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? Optional.empty() : Optional.of(value);
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
