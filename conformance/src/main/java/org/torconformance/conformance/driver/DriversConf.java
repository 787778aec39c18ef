package org.torconformance.conformance.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code drivers.conf}: {@code name = command line} per line, {@code #} comments, blank lines
 * ignored. The command is split on whitespace (no quoting) and runs in the suite's working directory.
 */
public final class DriversConf {
    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=\\s*(\\S.*)");

    private DriversConf() {
    }

    /** The drivers listed in {@code file}; none when it does not exist. */
    public static List<DriverSpec> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return parse(file.toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<DriverSpec> parse(String source, List<String> lines) {
        List<DriverSpec> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'name = command', got '" + line + "'");
            }
            out.add(new DriverSpec(m.group(1), List.of(m.group(2).strip().split("\\s+"))));
        }
        return out;
    }
}
