package org.torconformance.control.onion;

import java.util.Optional;

/**
 * The numeric IPv4 forms glibc's {@code inet_aton} (and so getaddrinfo) accepts: one to four
 * parts, each decimal, octal with a leading 0, or hex with 0x; the last part fills the remaining
 * bytes ({@code 1.2.3} is 1.2.0.3, {@code 2130706433} is 127.0.0.1).
 */
final class NumericHost {
    private NumericHost() {
    }

    static Optional<byte[]> parse(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> v = number(parts[i]);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values[i] = v.get();
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xFF) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(new byte[] {(byte) (address >> 24), (byte) (address >> 16), (byte) (address >> 8), (byte) address});
    }

    private static Optional<Long> number(String p) {
        int radix = 10;
        String digits = p;
        if (p.length() > 1 && p.charAt(0) == '0') {
            boolean hex = p.charAt(1) == 'x' || p.charAt(1) == 'X';
            radix = hex ? 16 : 8;
            digits = p.substring(hex ? 2 : 1);
        }
        if (digits.isEmpty() && radix != 16) {
            return Optional.empty();
        }
        if (digits.length() > 10) {
            return Optional.empty();
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0 || digits.charAt(i) > 'z') {
                return Optional.empty();
            }
            v = v * radix + d;
        }
        return Optional.of(v);
    }
}
