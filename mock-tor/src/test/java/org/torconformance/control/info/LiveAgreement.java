package org.torconformance.control.info;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.ByteString;

/**
 * Runs a scenario file against a live tor and the mock, each started for the file, and compares
 * every exchange's normalized response: what arrives until the connection has been quiet for a
 * moment. Scenarios run in order, each on a fresh connection to each target.
 */
final class LiveAgreement {
    static final Duration QUIET = Duration.ofMillis(250);
    static final Duration MAX = Duration.ofSeconds(10);

    record Result(String scenario, int index, String sent, String live, String mock) {
        boolean identical() {
            return live.equals(mock);
        }

        String id() {
            return scenario + " #" + index;
        }
    }

    private LiveAgreement() {
    }

    static List<Result> run(ScenarioScript script) throws Exception {
        List<String> torrc = script.torrc().stream().filter(l -> !l.matches("(?i)DisableNetwork\\s+1")).toList();
        List<Result> results = new ArrayList<>();
        try (ComparedTarget live = ComparedTarget.live(torrc); ComparedTarget mock = ComparedTarget.mock(torrc)) {
            for (ScenarioScript.Scenario s : script.scenarios()) {
                try (RawControlClient l = live.connect(); RawControlClient m = mock.connect()) {
                    for (int i = 0; i < s.exchanges().size(); i++) {
                        ByteString bytes = s.exchanges().get(i);
                        l.send(bytes);
                        m.send(bytes);
                        CompletableFuture<String> mockOut = CompletableFuture.supplyAsync(() -> response(m, mock));
                        String liveOut = response(l, live);
                        results.add(new Result(s.name(), i + 1, bytes.latin1(), liveOut, mockOut.join()));
                    }
                    if (s.expectClose()) {
                        results.add(new Result(s.name(), s.exchanges().size() + 1, "(closes?)",
                                "closed=" + l.awaitClosed(MAX), "closed=" + m.awaitClosed(MAX)));
                    }
                }
            }
        }
        return results;
    }

    private static String response(RawControlClient c, ComparedTarget target) {
        return ComparisonNormalizer.normalize(c.drain(QUIET, MAX).latin1(), target.facts(), Instant.now());
    }
}
