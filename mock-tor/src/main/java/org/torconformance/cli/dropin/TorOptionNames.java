package org.torconformance.cli.dropin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The option names tor 0.4.9.11 accepts ({@code tor --list-torrc-options}, kept in
 * {@code tor-options.txt}), matched case-insensitively as tor does, giving tor's spelling back.
 */
public final class TorOptionNames {
    private static final Map<String, String> BY_LOWER = load();

    private TorOptionNames() {
    }

    /** Tor's spelling of {@code name}, or empty when tor 0.4.9.11 has no such option. */
    public static Optional<String> canonical(String name) {
        return Optional.ofNullable(BY_LOWER.get(name.toLowerCase(Locale.ROOT)));
    }

    public static List<String> all() {
        return new ArrayList<>(BY_LOWER.values());
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = TorOptionNames.class.getResourceAsStream("tor-options.txt")) {
            if (in == null) {
                throw new IllegalStateException("tor-options.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.put(line.strip().toLowerCase(Locale.ROOT), line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
