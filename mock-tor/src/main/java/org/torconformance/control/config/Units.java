package org.torconformance.control.config;

import java.util.List;

/**
 * Tor's {@code config_parse_units}: a number (integer, or decimal when it has a point), optional
 * whitespace and a unit from one of tor's unit tables, matched case-insensitively. Failures carry
 * the detail tor 0.4.9.11 puts after "Provided value is malformed or out of bounds: ".
 */
enum Units {
    MEMORY(List.of(u("", 1), u("b", 1), u("byte", 1), u("bytes", 1),
            u("kb", 1L << 10), u("kbyte", 1L << 10), u("kbytes", 1L << 10), u("kilobyte", 1L << 10), u("kilobytes", 1L << 10),
            u("kilobits", 1L << 7), u("kilobit", 1L << 7), u("kbits", 1L << 7), u("kbit", 1L << 7),
            u("m", 1L << 20), u("mb", 1L << 20), u("mbyte", 1L << 20), u("mbytes", 1L << 20), u("megabyte", 1L << 20),
            u("megabytes", 1L << 20), u("megabits", 1L << 17), u("megabit", 1L << 17), u("mbits", 1L << 17), u("mbit", 1L << 17),
            u("gb", 1L << 30), u("gbyte", 1L << 30), u("gbytes", 1L << 30), u("gigabyte", 1L << 30), u("gigabytes", 1L << 30),
            u("gigabits", 1L << 27), u("gigabit", 1L << 27), u("gbits", 1L << 27), u("gbit", 1L << 27),
            u("tb", 1L << 40), u("tbyte", 1L << 40), u("tbytes", 1L << 40), u("terabyte", 1L << 40), u("terabytes", 1L << 40),
            u("terabits", 1L << 37), u("terabit", 1L << 37), u("tbits", 1L << 37), u("tbit", 1L << 37))),
    SECONDS(List.of(u("", 1), u("second", 1), u("seconds", 1), u("minute", 60), u("minutes", 60),
            u("hour", 3600), u("hours", 3600), u("day", 86400), u("days", 86400), u("week", 604800), u("weeks", 604800),
            u("month", 2629728), u("months", 2629728))),
    MILLISECONDS(List.of(u("", 1), u("msec", 1), u("millisecond", 1), u("milliseconds", 1), u("second", 1000),
            u("seconds", 1000), u("minute", 60_000), u("minutes", 60_000), u("hour", 3_600_000), u("hours", 3_600_000),
            u("day", 86_400_000), u("days", 86_400_000), u("week", 604_800_000), u("weeks", 604_800_000)));

    private record Unit(String name, long multiplier) {
    }

    /** Either a value or tor's reason for refusing the text. */
    sealed interface Result {
    }

    record Value(long value) implements Result {
    }

    record Malformed(String detail) implements Result {
    }

    private static final double UINT64_MAX = 18446744073709551615.0;
    private final List<Unit> units;

    Units(List<Unit> units) {
        this.units = units;
    }

    private static Unit u(String name, long multiplier) {
        return new Unit(name, multiplier);
    }

    Result parse(String text) {
        CNumbers.Scanned whole = CNumbers.strtoull(text);
        boolean ok = whole.converted() && !whole.outOfRange();
        int end = whole.end();
        double d = 0;
        boolean useFloat = false;
        if (!ok || (end < text.length() && text.charAt(end) == '.')) {
            CNumbers.ScannedDouble dbl = CNumbers.strtod(text);
            if (!dbl.converted() || dbl.outOfRange() || dbl.value() < 0 || dbl.value() > UINT64_MAX) {
                return new Malformed("Unable to parse " + text + " as a number");
            }
            useFloat = true;
            d = dbl.value();
            end = dbl.end();
        }
        String unit = afterWhitespace(text, end);
        for (Unit u : units) {
            if (!OptionNames.equalsIgnoreCase(u.name(), unit)) {
                continue;
            }
            if (useFloat) {
                double product = u.multiplier() * d;
                if (product < 0) {
                    return new Malformed("Got a negative value while parsing " + text + " " + u.name());
                }
                if (product > Long.MAX_VALUE) {
                    return new Malformed("Overflow while parsing " + text + " " + u.name());
                }
                return new Value((long) product);
            }
            long v = multiplyNoWrap(whole.value(), u.multiplier());
            if (Long.compareUnsigned(v, Long.MAX_VALUE) > 0) {
                return new Malformed("Overflow while parsing " + text + " " + u.name());
            }
            return new Value(v);
        }
        return new Malformed("Unknown unit in " + text);
    }

    /** Tor's {@code eat_whitespace}: spaces, tabs, line ends, and '#' comments up to the line end. */
    private static String afterWhitespace(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return s.substring(i);
    }

    /** {@code tor_mul_u64_nowrap}: the unsigned product, or 2^64-1 when it overflows. */
    private static long multiplyNoWrap(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        return hi != 0 ? -1L : a * b;
    }
}
