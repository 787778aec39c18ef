package org.torconformance.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A driver whose library is missing stops the run with exit code 2 and the package to install, never a skip. */
class MissingLibraryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"stem, stem_driver.py, python3-stem", "txtorcon, txtorcon_driver.py, python3-txtorcon"})
    void exitsTwoNamingThePackage(String target, String script, String pkg, @TempDir Path dir) throws IOException {
        Path driver = repositoryRoot().resolve("fixtures/drivers").resolve(script);
        // -S leaves out site-packages (where Debian installs the library): the import fails as on a bare machine.
        Path conf = Files.writeString(dir.resolve("drivers.conf"), target + " = /usr/bin/python3 -S " + driver + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run(new String[] {"--drivers", conf.toString(), "--targets", target, "--reports", dir.resolve("reports").toString()});
        } finally {
            System.setErr(saved);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, message);
        assertTrue(message.contains("apt-get install -y " + pkg), message);
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures/drivers"))) {
                return p;
            }
        }
        throw new IllegalStateException("no fixtures/drivers above " + Path.of("").toAbsolutePath());
    }
}
