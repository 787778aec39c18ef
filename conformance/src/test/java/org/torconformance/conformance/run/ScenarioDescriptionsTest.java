package org.torconformance.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's requirement text is what its feature file says under the scenario line. */
class ScenarioDescriptionsTest {
    static final String FEATURE = """
            Feature: f
              @client @MUST
              Scenario: cs/3.9/1 one
                The first line of the requirement,
                and its second line (control-spec §3.9).
                Given a mock tor

              @client @MUST
              Scenario Outline: cs/3.7/<n> outline
                Said once for every example.
                Given a mock tor

                Examples:
                  | n |
                  | 1 |
                  | 2 |

              @client @MUST
              Scenario: cs/3.9/2 none
                Given a mock tor
            """;

    @Test
    void descriptionLinesAreJoinedAndStopAtTheFirstStep(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.feature"), FEATURE);
        assertEquals("The first line of the requirement, and its second line (control-spec §3.9).",
                ScenarioDescriptions.of(f.toUri(), 3));
        assertEquals("", ScenarioDescriptions.of(f.toUri(), 19));
    }

    @Test
    void anExampleRowFindsItsOutline(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.feature"), FEATURE);
        assertEquals("Said once for every example.", ScenarioDescriptions.of(f.toUri(), 16));
    }
}
