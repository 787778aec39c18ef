package org.torconformance.control.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.EscForLog;

/**
 * Reads a value for an option as tor's type definitions do ({@code lib/confmgt/type_defs.c} and
 * {@code routerset.c}), and writes it back in tor's encoding: integers in decimal, sizes in bytes,
 * intervals in seconds or milliseconds, floats as {@code %f}, lists joined with commas. Refusals
 * carry tor 0.4.9.11's texts, including the {@code "Could not parse <Option>: "} prefix that tor
 * puts on every type but router lists and line lists.
 */
final class OptionValues {
    private OptionValues() {
    }

    static ValueOutcome read(OptionDef def, String value) {
        return switch (def.type()) {
            case STRING, FILENAME, LINE_LIST, DEPENDENT -> new ValueOutcome.Accepted(value);
            case OBSOLETE -> new ValueOutcome.Accepted(null);
            case VIRTUAL -> new ValueOutcome.Refused("Cannot assign directly to virtual option.");
            case ROUTER_LIST -> RouterSets.normalize(value)
                    .<ValueOutcome>map(ValueOutcome.Accepted::new)
                    .orElse(new ValueOutcome.Refused("Invalid router list."));
            default -> wrap(def, parse(def, value));
        };
    }

    private static ValueOutcome wrap(OptionDef def, ValueOutcome o) {
        return o instanceof ValueOutcome.Refused r ? new ValueOutcome.Refused("Could not parse " + def.name() + ": " + r.message()) : o;
    }

    private static ValueOutcome parse(OptionDef def, String value) {
        return switch (def.type()) {
            case INTEGER -> def.parse() == OptionDef.Parse.UINT64 ? uint64(value) : integer(value, 0, Integer.MAX_VALUE);
            case SIGNED_INTEGER -> integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case DATA_SIZE -> units(value, Units.MEMORY, false);
            case TIME_INTERVAL -> def.parse() == OptionDef.Parse.CSV_INTERVAL
                    ? units(value.contains(",") ? value.substring(0, value.indexOf(',')) : value, Units.SECONDS, true)
                    : units(value, Units.SECONDS, true);
            case TIME_MSEC_INTERVAL -> units(value, Units.MILLISECONDS, true);
            case FLOAT -> floating(value);
            case BOOLEAN -> choice(value, List.of("0", "1"), "Allowed values are 0 and 1.");
            case AUTO_BOOLEAN -> choice(value, List.of("0", "1", "auto"), "Allowed values are 0, 1, and auto.");
            case TIME -> IsoTime.valid(value) ? new ValueOutcome.Accepted(value)
                    : new ValueOutcome.Refused("Invalid time " + EscForLog.escape(value).latin1());
            case COMMA_LIST -> new ValueOutcome.Accepted(String.join(",", splitList(value)));
            default -> throw new IllegalArgumentException("not a single-value type: " + def.type());
        };
    }

    /** The value an option has after {@code SETCONF Option} (no value): tor's zero for its type, or none. */
    static List<String> cleared(OptionDef def) {
        return switch (def.type()) {
            case INTEGER, SIGNED_INTEGER, DATA_SIZE, TIME_INTERVAL, TIME_MSEC_INTERVAL, BOOLEAN, AUTO_BOOLEAN -> List.of("0");
            case FLOAT -> List.of(formatDouble(0.0));
            case TIME -> List.of("1970-01-01 00:00:00");
            case COMMA_LIST, ROUTER_LIST -> List.of("");
            default -> List.of();
        };
    }

    private static ValueOutcome integer(String value, long min, long max) {
        CNumbers.Scanned s = CNumbers.strtol(value);
        if (!s.converted() || s.outOfRange() || s.end() != value.length() || s.value() < min || s.value() > max) {
            return new ValueOutcome.Refused("Integer " + value + " is malformed or out of bounds. Allowed values are between "
                    + min + " and " + max + ".");
        }
        return new ValueOutcome.Accepted(Long.toString(s.value()));
    }

    private static ValueOutcome uint64(String value) {
        CNumbers.Scanned s = CNumbers.strtoull(value);
        if (!s.converted() || s.outOfRange() || s.end() != value.length()) {
            return new ValueOutcome.Refused("Integer " + value + " is malformed or out of bounds.");
        }
        return new ValueOutcome.Accepted(Long.toUnsignedString(s.value()));
    }

    private static ValueOutcome units(String value, Units table, boolean asInt) {
        Units.Result r = table.parse(value);
        if (r instanceof Units.Malformed m) {
            return new ValueOutcome.Refused("Provided value is malformed or out of bounds: " + m.detail());
        }
        long v = ((Units.Value) r).value();
        if (asInt && v > Integer.MAX_VALUE) {
            return new ValueOutcome.Refused("Provided value " + value + " is too large");
        }
        return new ValueOutcome.Accepted(Long.toString(v));
    }

    private static ValueOutcome floating(String value) {
        CNumbers.ScannedDouble d = CNumbers.strtod(value);
        String quoted = EscForLog.escape(value).latin1();
        if (!d.converted() || d.end() != value.length()) {
            return new ValueOutcome.Refused("Could not convert " + quoted + " to a number.");
        }
        if (d.outOfRange()) {
            boolean underflow = -.00001 < d.value() && d.value() < .00001;
            return new ValueOutcome.Refused(quoted + " is too " + (underflow ? "small" : "large")
                    + " to express as a floating-point number.");
        }
        return new ValueOutcome.Accepted(formatDouble(d.value()));
    }

    /** C's {@code printf("%f")}: the exact binary value rounded to six decimals. */
    static String formatDouble(double v) {
        if (Double.isNaN(v)) {
            return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + "nan";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-inf" : "inf";
        }
        String digits = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        boolean negativeZero = v == 0.0 && Double.doubleToRawLongBits(v) != 0;
        return negativeZero && !digits.startsWith("-") ? "-" + digits : digits;
    }

    private static ValueOutcome choice(String value, List<String> allowed, String hint) {
        for (String a : allowed) {
            if (OptionNames.equalsIgnoreCase(a, value)) {
                return new ValueOutcome.Accepted(a);
            }
        }
        return new ValueOutcome.Refused("Unrecognized value " + value + ". " + hint);
    }

    /** {@code smartlist_split_string(…, ",", SPLIT_SKIP_SPACE|SPLIT_IGNORE_BLANK, 0)}. */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String piece : value.split(",", -1)) {
            String trimmed = stripCSpace(piece);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    static String stripCSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && CNumbers.isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && CNumbers.isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
