package org.torconformance.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.cli.Json;
import org.torconformance.conformance.target.JtorctlTarget;
import org.torconformance.conformance.target.MockDaemonTarget;

/** The contract with CI: exit codes, the baseline, selection, reports. */
class SuiteTest {
    static final String FEATURE = """
            Feature: sample
              @client @MUST
              Scenario: cs/3.9/1 passes
                Given a mock tor
                And the mock answers "GETINFO" with:
                  \"\"\"
                  250-version=1
                  250 OK
                  \"\"\"
                When the controller connects
                And the controller asks for info "version"
                Then the controller gets info "version" = "1"

              @client @SHOULD
              Scenario: cs/3.9/2 a missed SHOULD
                Given a mock tor
                And the mock answers "GETINFO" with:
                  \"\"\"
                  250-version=1
                  250 OK
                  \"\"\"
                When the controller connects
                And the controller asks for info "version"
                Then the controller gets info "version" = "2"

              @daemon @MUST
              Scenario: cs/3.9/d1 the mock answers USEFEATURE
                Given a daemon with none authentication
                When the client connects and authenticates
                And the client sends "USEFEATURE VERBOSE_NAMES"
                Then the daemon answers "250 OK\\r\\n"
            """;

    Suite.Options options(Path dir, Selection selection, boolean strict) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("sample.feature"), FEATURE);
        return new Suite.Options(features, dir.resolve("reports"), dir.resolve("baseline.txt"), List.of(), selection, strict,
                Timeouts.DEFAULT, 7);
    }

    int run(Suite.Options o) throws Exception {
        return Suite.run(o, List.of(new JtorctlTarget(), new MockDaemonTarget()));
    }

    @Test
    void nonStrictPassesStrictFailsAndTheReportsAreWritten(@TempDir Path dir) throws Exception {
        assertEquals(0, run(options(dir, Selection.ALL, false)));
        JsonNode index = Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile());
        assertEquals(3, index.get("results").size());
        assertEquals("NON-STRICT", index.get("results").get(1).get("verdict").asText());
        assertTrue(Files.exists(dir.resolve("reports/index.html")));
        assertTrue(Files.exists(dir.resolve("reports/junit/jtorctl.xml")));
        assertEquals(1, run(options(dir, Selection.ALL, true)), "--strict turns NON-STRICT into a failure");
    }

    @Test
    void baselineCoversKnownFailuresAndStaleEntriesFail(@TempDir Path dir) throws Exception {
        Suite.Options strict = options(dir, Selection.ALL, true);
        Files.writeString(dir.resolve("baseline.txt"), "cs/3.9/2 jtorctl NON-STRICT  # known\n");
        assertEquals(0, run(strict), "the listed failure is covered");
        Files.writeString(dir.resolve("baseline.txt"), "cs/3.9/2 jtorctl NON-STRICT\ncs/3.9/1 jtorctl FAILED  # fixed since\n");
        assertEquals(1, run(strict), "a listed case that passes makes the baseline stale");
        JsonNode index = Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile());
        assertTrue(index.get("staleBaseline").get(0).asText().startsWith("cs/3.9/1 jtorctl FAILED"));
    }

    @Test
    void selectionByIdGlobAndTag(@TempDir Path dir) throws Exception {
        run(options(dir, new Selection(List.of("cs/3.9/d*")), false));
        assertEquals(1, Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile()).get("results").size());
        run(options(dir, new Selection(List.of("@SHOULD")), false));
        JsonNode r = Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile()).get("results");
        assertEquals(1, r.size());
        assertEquals("cs/3.9/2", r.get(0).get("case").asText());
        assertEquals(List.of("cs/3.9/1 passes  @client @MUST"),
                Suite.list(options(dir, new Selection(List.of("cs/3.9/1")), false).features(), new Selection(List.of("cs/3.9/1"))));
    }

    @Test
    void aHarnessErrorExitsTwo(@TempDir Path dir) throws Exception {
        Suite.Options o = options(dir, Selection.ALL, false);
        Files.writeString(o.features().resolve("broken.feature"), """
                Feature: broken
                  @client
                  Scenario: cs/9.9/1 a step nobody defined
                    Given a mock tor
                    When something undefined happens
                """);
        assertEquals(2, run(o));
    }
}
