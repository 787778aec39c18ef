package org.torconformance.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.cli.Json;
import org.torconformance.conformance.run.Selection;
import org.torconformance.conformance.run.Suite;
import org.torconformance.conformance.run.Timeouts;

/**
 * The network leg end to end on a real private tor network (~20 s to start; tor is a prerequisite):
 * the cases run on tor-network and mock-network, the sequences reach network.html and index.json, and
 * no tor of the network outlives the run.
 */
class NetworkLegTest {
    static final String FEATURE = """
            @network
            Feature: sample
              @MUST
              Scenario: cs/3.10/n1 EXTENDCIRCUIT 0 builds a circuit on tor's own path
                Given a network client subscribed to CIRC
                When the client extends a new circuit A on tor's path
                Then circuit A is reported LAUNCHED, then EXTENDED once per hop up to 3 hops, then BUILT

              @MUST
              Scenario: cs/3.13/n1 an attached stream reaches the destination
                Given a network client subscribed to CIRC STREAM
                And the client has tor leave new streams unattached
                And the client has built circuit A on tor's path
                When the application opens SOCKS stream W to web.test on the destination's port
                And the client attaches stream W to circuit A
                Then the application gets SOCKS reply 00 for stream W
                When the application sends an HTTP request through stream W
                Then the destination received the request of stream W intact
            """;
    static final String CLIENT_FEATURE = """
            Feature: not a network feature
              @client @MUST
              Scenario: cs/3.9/1 a client case is not a network case
                Given a mock tor
            """;

    @Test
    void networkCasesRunOnNetworkTargetsAndTheirSequencesAreCompared(@TempDir Path dir) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("sample.feature"), FEATURE);
        Files.writeString(features.resolve("client.feature"), CLIENT_FEATURE);
        Suite.Options o = new Suite.Options(features, dir.resolve("reports"), dir.resolve("baseline.txt"), List.of(), Selection.ALL, false,
                Timeouts.DEFAULT, 3);
        Targets known = Targets.builtIn(dir.resolve("no-drivers.conf"));

        Suite.run(o, known.create(List.of("tor-network", "mock-network")));

        assertEquals(List.of(), torNetworkProcesses(), "a tor of the private network survived the run");
        JsonNode index = Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile());
        List<String> torVerdicts = new ArrayList<>();
        index.get("results").forEach(r -> {
            assertFalse(r.get("case").asText().equals("cs/3.9/1"), "a client case ran on a network target");
            if (r.get("target").asText().equals("tor-network")) {
                torVerdicts.add(r.get("case").asText() + " " + r.get("verdict").asText());
            }
        });
        assertEquals(List.of("cs/3.10/n1 OK", "cs/3.13/n1 OK"), torVerdicts, index.toPrettyString());
        JsonNode network = index.get("network");
        assertEquals(2, network.size());
        JsonNode attach = network.get(1);
        assertEquals("cs/3.13/n1", attach.get("case").asText());
        List<String> torSequence = new ArrayList<>();
        attach.get("sequences").get("tor-network").forEach(l -> torSequence.add(l.asText()));
        assertTrue(torSequence.contains("CIRC c1 BUILT hops=3 BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL"), torSequence.toString());
        assertTrue(torSequence.stream().anyMatch(l -> l.startsWith("STREAM s1 SUCCEEDED c1 ")), torSequence.toString());
        assertTrue(attach.get("sequences").has("mock-network"));
        String html = Files.readString(dir.resolve("reports/network.html"));
        assertTrue(html.contains("cs/3.13/n1") && html.contains("mock-network") && html.contains("STREAM s1 SUCCEEDED c1"), html);
        assertTrue(Files.readString(dir.resolve("reports/index.html")).contains("network.html"));
    }

    /** Tors of a private network this JVM started (their data directories are under tornet-*). */
    static List<Long> torNetworkProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("tornet-")).map(ProcessHandle::pid).toList();
    }
}
