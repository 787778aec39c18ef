package org.torconformance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code mock-tor/bin/tor} from tests: the script itself, with MOCK_TOR_CLASSPATH pointing at
 * the test classpath (the shaded jar is built only at {@code package}, after the tests).
 */
final class DropIn {
    private DropIn() {
    }

    static Path script() {
        Path p = Path.of("bin", "tor").toAbsolutePath();
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException(p + " is missing or not executable (tests run from the mock-tor module)");
        }
        return p;
    }

    static Path fixtures() {
        return Path.of("..", "fixtures").toAbsolutePath().normalize();
    }

    /** What the script needs to run the classes under test; plus JAVA_HOME, for launchers that clear PATH. */
    static Map<String, String> environment() {
        return Map.of("MOCK_TOR_CLASSPATH", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "JAVA_HOME", System.getProperty("java.home"));
    }

    static List<String> command(String... args) {
        List<String> c = new ArrayList<>();
        c.add(script().toString());
        c.addAll(List.of(args));
        return c;
    }

    /**
     * An executable that sets the drop-in's environment and execs the script, for launchers that
     * start tor with an environment of their own (txtorcon passes only HOME).
     */
    static Path wrapper(Path dir, Path journal) {
        Map<String, String> env = environment();
        String text = "#!/bin/sh\n"
                + "export MOCK_TOR_CLASSPATH='" + env.get("MOCK_TOR_CLASSPATH") + "'\n"
                + "export JAVA_HOME='" + env.get("JAVA_HOME") + "'\n"
                + "export MOCK_TOR_JOURNAL='" + journal + "'\n"
                + "exec '" + script() + "' \"$@\"\n";
        Path w = dir.resolve("tor-wrapper");
        try {
            Files.writeString(w, text);
            Files.setPosixFilePermissions(w, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }
}
