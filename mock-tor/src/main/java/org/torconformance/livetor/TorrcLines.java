package org.torconformance.livetor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small helpers for writing torrc text. */
final class TorrcLines {
    // Characters that would need torrc quoting or start a comment; temp dirs never contain them.
    private static final Pattern UNSAFE_IN_PATH = Pattern.compile("[#\"\\\\\\r\\n]");

    private TorrcLines() {
    }

    static String path(Path path) {
        String text = path.toAbsolutePath().toString();
        if (UNSAFE_IN_PATH.matcher(text).find() || !text.equals(text.strip())) {
            throw new IllegalArgumentException("path cannot be written into a torrc unquoted: " + text);
        }
        return text;
    }

    /** The option name of a torrc line, lower-cased, without tor's {@code +}/{@code /} prefixes. */
    static Optional<String> key(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        String first = trimmed.split("\\s+", 2)[0];
        if (first.startsWith("+") || first.startsWith("/")) {
            first = first.substring(1);
        }
        return Optional.of(first.toLowerCase(Locale.ROOT));
    }

    static boolean hasKey(List<String> lines, String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return lines.stream().anyMatch(l -> key(l).filter(wanted::equals).isPresent());
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
