package org.torconformance.socks;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads tor's {@code SocksTimeout} interval ({@code 120}, {@code 2 minutes}, {@code 30 seconds}). */
final class SocksTimeoutOption {
    /** Tor's default. */
    static final Duration TOR_DEFAULT = Duration.ofMinutes(2);

    private SocksTimeoutOption() {
    }

    /** The interval, or empty when tor would reject the value (the caller keeps its default). */
    static Optional<Duration> parse(String value) {
        String[] words = value.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words.length > 2 || !words[0].chars().allMatch(Character::isDigit)
                || words[0].isEmpty() || words[0].length() > 9) {
            return Optional.empty();
        }
        long n = Long.parseLong(words[0]);
        String unit = words.length == 2 ? words[1] : "seconds";
        return switch (unit) {
            case "second", "seconds", "sec", "secs" -> Optional.of(Duration.ofSeconds(n));
            case "minute", "minutes", "min", "mins" -> Optional.of(Duration.ofMinutes(n));
            case "hour", "hours" -> Optional.of(Duration.ofHours(n));
            case "day", "days" -> Optional.of(Duration.ofDays(n));
            default -> Optional.empty();
        };
    }
}
