package org.torconformance.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every {@code *.scenarios} file: in the {@code fidelity} directory of the test classpath
 * (mock-tor/src/test/resources/fidelity), or in {@code -Dfidelity.dir=...}. Sorted by name.
 */
public final class ScenarioFiles {
    static final String SUFFIX = ".scenarios";

    private ScenarioFiles() {
    }

    public static Path directory() {
        String override = System.getProperty("fidelity.dir");
        if (override != null) {
            return Path.of(override);
        }
        URL url = ScenarioFiles.class.getClassLoader().getResource("fidelity");
        if (url == null) {
            throw new IllegalStateException("no fidelity/ directory on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<ScenarioFile> load() {
        return load(directory());
    }

    public static List<ScenarioFile> load(Path dir) {
        return paths(dir).stream().map(ScenarioFiles::read).toList();
    }

    public static List<Path> paths(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Parses one file; throws {@link ScenarioSyntaxException} naming the line. */
    public static ScenarioFile read(Path p) {
        String name = p.getFileName().toString();
        try {
            return ScenarioParser.parse(name.substring(0, name.length() - SUFFIX.length()),
                    Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
