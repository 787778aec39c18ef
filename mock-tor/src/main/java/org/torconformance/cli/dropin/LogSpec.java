package org.torconformance.cli.dropin;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code Log} option: {@code [domains]minSeverity[-maxSeverity] ... stdout|stderr|syslog|file PATH}.
 * Domain selectors are accepted and ignored (the mock logs only general notices); when a line gives
 * several severity ranges, the first is used.
 */
public record LogSpec(Severity min, Severity max, Destination destination, Optional<Path> file) {
    public enum Destination { STDOUT, STDERR, FILE, SYSLOG }

    public boolean accepts(Severity s) {
        return s.compareTo(min) >= 0 && s.compareTo(max) <= 0;
    }

    static LogSpec parse(String value) throws TorConfigException {
        List<String> words = List.of(value.strip().split("\\s+"));
        int dest = -1;
        for (int i = 0; i < words.size() && dest < 0; i++) {
            switch (words.get(i).toLowerCase(Locale.ROOT)) {
                case "stdout", "stderr", "syslog", "file", "android" -> dest = i;
                default -> {
                    // a severity range
                }
            }
        }
        if (dest < 1) {
            throw invalid(value);
        }
        Severity[] range = range(words.get(0), value);
        String where = words.get(dest).toLowerCase(Locale.ROOT);
        return switch (where) {
            case "stdout" -> new LogSpec(range[0], range[1], Destination.STDOUT, Optional.empty());
            case "stderr" -> new LogSpec(range[0], range[1], Destination.STDERR, Optional.empty());
            case "file" -> {
                if (dest + 1 >= words.size()) {
                    throw invalid(value);
                }
                yield new LogSpec(range[0], range[1], Destination.FILE,
                        Optional.of(Path.of(String.join(" ", words.subList(dest + 1, words.size())))));
            }
            default -> new LogSpec(range[0], range[1], Destination.SYSLOG, Optional.empty());
        };
    }

    private static Severity[] range(String word, String value) throws TorConfigException {
        String w = word.startsWith("[") && word.indexOf(']') > 0 ? word.substring(word.indexOf(']') + 1) : word;
        int dash = w.indexOf('-');
        Optional<Severity> min = Severity.parse(dash < 0 ? w : w.substring(0, dash));
        Optional<Severity> max = dash < 0 ? Optional.of(Severity.ERR) : Severity.parse(w.substring(dash + 1));
        if (min.isEmpty() || max.isEmpty()) {
            throw invalid(value);
        }
        return new Severity[] {min.get(), max.get()};
    }

    private static TorConfigException invalid(String value) {
        return new TorConfigException(List.of("Couldn't parse log levels in Log option 'Log " + value + "'",
                "Failed to parse/validate config: Failed to validate Log options. See logs for details."));
    }
}
