package org.torconformance.control.config;

/**
 * The C library number scanners tor's {@code tor_parse_*} functions are built on: {@code strtol},
 * {@code strtoull} and {@code strtod} (glibc), reading a prefix of a string. Each scan reports
 * where it stopped ({@code end == 0} when nothing was converted) and whether the value was out of
 * range ({@code ERANGE}).
 */
final class CNumbers {
    private CNumbers() {
    }

    /** A scanned integer; for {@link #strtoull} the bits are an unsigned 64-bit value. */
    record Scanned(long value, int end, boolean outOfRange) {
        boolean converted() {
            return end > 0;
        }
    }

    record ScannedDouble(double value, int end, boolean outOfRange) {
        boolean converted() {
            return end > 0;
        }
    }

    /** {@code strtol(s, &end, 10)} with a 64-bit long. */
    static Scanned strtol(String s) {
        Digits d = digits(s);
        if (d == null) {
            return new Scanned(0, 0, false);
        }
        java.math.BigInteger v = new java.math.BigInteger(s.substring(d.from, d.to));
        if (d.negative) {
            v = v.negate();
        }
        if (v.bitLength() > 63) {
            return new Scanned(d.negative ? Long.MIN_VALUE : Long.MAX_VALUE, d.to, true);
        }
        return new Scanned(v.longValue(), d.to, false);
    }

    /** {@code strtoull(s, &end, 10)}: a leading minus negates modulo 2^64, as C does. */
    static Scanned strtoull(String s) {
        Digits d = digits(s);
        if (d == null) {
            return new Scanned(0, 0, false);
        }
        java.math.BigInteger v = new java.math.BigInteger(s.substring(d.from, d.to));
        if (v.bitLength() > 64) {
            return new Scanned(-1L, d.to, true);
        }
        long bits = v.longValue();
        return new Scanned(d.negative ? -bits : bits, d.to, false);
    }

    /** {@code strtod}: decimal and hexadecimal numbers, {@code inf}, {@code infinity} and {@code nan}. */
    static ScannedDouble strtod(String s) {
        int i = skipSpace(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = OptionNames.fold(s.substring(i));
        if (rest.startsWith("infinity") || rest.startsWith("inf")) {
            int len = rest.startsWith("infinity") ? 8 : 3;
            return new ScannedDouble(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, i + len, false);
        }
        if (rest.startsWith("nan")) {
            return new ScannedDouble(negative ? -Double.NaN : Double.NaN, i + 3, false);
        }
        if (rest.startsWith("0x") && i + 2 < s.length() && isHexDigitOrPoint(s, i + 2)) {
            return hex(s, i, negative);
        }
        int start = i;
        int mantissaDigits = 0;
        boolean nonZero = false;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            nonZero |= s.charAt(i) != '0';
            mantissaDigits++;
            i++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nonZero |= s.charAt(i) != '0';
                mantissaDigits++;
                i++;
            }
        }
        if (mantissaDigits == 0) {
            return new ScannedDouble(0, 0, false);
        }
        i = exponentEnd(s, i);
        double v = Double.parseDouble(s.substring(start, i));
        boolean range = Double.isInfinite(v) || (nonZero && Math.abs(v) < Double.MIN_NORMAL);
        return new ScannedDouble(negative ? -v : v, i, range);
    }

    private static boolean isHexDigitOrPoint(String s, int i) {
        char c = s.charAt(i);
        return Character.digit(c, 16) >= 0 && c < 128 || c == '.';
    }

    private static ScannedDouble hex(String s, int signEnd, boolean negative) {
        int i = signEnd + 2;
        int start = i;
        while (i < s.length() && (Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128 || s.charAt(i) == '.')) {
            i++;
        }
        String mantissa = s.substring(start, i);
        int expEnd = i;
        String exponent = "0";
        if (i < s.length() && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int digitsFrom = j;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > digitsFrom) {
                exponent = s.substring(i + 1, j);
                expEnd = j;
            }
        }
        double v = Double.parseDouble("0x" + (mantissa.equals(".") ? "0" : mantissa) + "p" + exponent);
        return new ScannedDouble(negative ? -v : v, expEnd, Double.isInfinite(v));
    }

    private static int exponentEnd(String s, int i) {
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int digitsFrom = j;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > digitsFrom) {
                return j;
            }
        }
        return i;
    }

    private record Digits(int from, int to, boolean negative) {
    }

    private static Digits digits(String s) {
        int i = skipSpace(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int from = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from ? null : new Digits(from, i, negative);
    }

    /** C's {@code isspace} in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
