package org.torconformance.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.cli.Json;
import org.torconformance.conformance.target.JtorctlTarget;
import org.torconformance.conformance.target.MockDaemonTarget;
import org.torconformance.conformance.target.socks.JavaProxyTarget;

/** Each kind of target runs its own scenarios: control clients @client, SOCKS clients @socks-client, daemons both daemon kinds. */
class ScenarioKindsTest {
    static final String FEATURE = """
            Feature: one scenario of each kind
              @client
              Scenario: cs/3.9/1 a controller case
                Given a mock tor
                And the mock answers "GETINFO" with:
                  \"\"\"
                  250-version=1
                  250 OK
                  \"\"\"
                When the controller connects
                And the controller asks for info "version"
                Then the controller gets info "version" = "1"

              @daemon
              Scenario: cs/3.9/d1 a control-port daemon case
                Given a daemon with none authentication
                When the client connects and authenticates
                And the client sends "USEFEATURE VERBOSE_NAMES"
                Then the daemon answers "250 OK\\r\\n"

              @socks-client
              Scenario: howto/1/1 a SOCKS client case
                Given a web server on 127.0.0.1 that answers "/" with "hi"
                And a mock tor with a SocksPort
                And the SocksPort reaches that web server as "web.test" at 198.18.0.1
                When the client fetches "http://web.test/" through the SocksPort
                Then the client receives "hi"
                And the hostname "web.test" reached the SocksPort

              @socks-daemon
              Scenario: socks/rfc1928.3/1 a SocksPort daemon case
                Given a daemon with a SocksPort
                When the SOCKS client connects to the SocksPort
                And the SOCKS client sends "05 01 00"
                Then the SocksPort replies "05 00"
                And the SocksPort keeps the connection open
            """;

    @Test
    @DisplayName("no target gets a case of another kind, and every case passes where it runs")
    void eachKindRunsItsOwnCases(@TempDir Path dir) throws Exception {
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("kinds.feature"), FEATURE);
        Suite.Options o = new Suite.Options(features, dir.resolve("reports"), dir.resolve("baseline.txt"), List.of(), Selection.ALL,
                false, Timeouts.DEFAULT, 3);
        int exit = Suite.run(o, List.of(new JtorctlTarget(), JavaProxyTarget.unresolved(), new MockDaemonTarget()));
        JsonNode results = Json.MAPPER.readTree(dir.resolve("reports/index.json").toFile()).get("results");
        List<String> ran = new ArrayList<>();
        results.forEach(r -> ran.add(r.get("target").asText() + " " + r.get("case").asText() + " " + r.get("verdict").asText()));
        assertEquals(List.of("jtorctl cs/3.9/1 OK", "java-proxy howto/1/1 OK", "mock cs/3.9/d1 OK", "mock socks/rfc1928.3/1 OK"),
                ran);
        assertEquals(0, exit);
        assertEquals(4, Suite.list(features, Selection.ALL).size(), "each case is listed once");
    }
}
