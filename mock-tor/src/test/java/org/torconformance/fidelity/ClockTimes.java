package org.torconformance.fidelity;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Tor's timestamps, ISOTime {@code 2026-01-02 03:04:05}, ISOTime2 {@code 2026-01-02T03:04:05} and
 * ISOTime2Frac {@code 2026-01-02T03:04:05.123456}, become a placeholder that keeps the format
 * ({@code <ISOTIME>}, {@code <ISOTIME2>}, {@code <ISOTIME2FRAC6>} with the number of fraction
 * digits) — but only when the time is within {@link #WINDOW} of the run, read as UTC or as local
 * time. A fixed or absurd time (1970, 2038, a wrong year) stays literal and shows as a difference.
 */
final class ClockTimes {
    static final Duration WINDOW = Duration.ofDays(7);
    private static final Pattern TIME = Pattern.compile(
            "(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})([T ])(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?![0-9])");

    private ClockTimes() {
    }

    static String replace(String text, Instant now) {
        return Regex.replace(TIME, text, m -> near(m, now) ? placeholder(m) : m.group());
    }

    private static String placeholder(MatchResult m) {
        String base = m.group(4).equals("T") ? "ISOTIME2" : "ISOTIME";
        return m.group(8) == null ? "<" + base + ">" : "<" + base + "FRAC" + m.group(8).length() + ">";
    }

    private static boolean near(MatchResult m, Instant now) {
        try {
            LocalDateTime t = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 5), num(m, 6), num(m, 7));
            return within(t.toInstant(ZoneOffset.UTC), now) || within(t.atZone(ZoneId.systemDefault()).toInstant(), now);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean within(Instant t, Instant now) {
        return Duration.between(t, now).abs().compareTo(WINDOW) <= 0;
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
