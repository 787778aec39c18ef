package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenario files of the info and events modules, against a live tor 0.4.9.11 (needs
 * {@code apt-get install -y tor}) and the mock configured the same. Every exchange must agree
 * after normalization, except the known differences listed here with their reason.
 */
class LiveAgreementTest {
    /** Exchange id → why the mock cannot (yet) give tor's bytes. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "getinfo info/names #1", "the keys of the config, circuits and onion-service modules are not registered yet",
            "signal reload #2", "\"Read configuration file\" needs GETINFO config-file, which the config module answers");

    @ParameterizedTest
    @ValueSource(strings = {"info", "events"})
    void scenariosAgreeWithLiveTor(String file) throws Exception {
        List<LiveAgreement.Result> results = LiveAgreement.run(ScenarioScript.resource(file));
        Map<String, String> unexpected = new TreeMap<>();
        int identical = 0;
        for (LiveAgreement.Result r : results) {
            if (r.identical()) {
                identical++;
            } else {
                System.out.printf("%s: %s differs%n  sent: %s%n  live: %s%n  mock: %s%n", file, r.id(), show(r.sent()),
                        show(r.live()), show(r.mock()));
                if (!KNOWN_DIFFERENCES.containsKey(r.id())) {
                    unexpected.put(r.id(), "live " + show(r.live()) + " / mock " + show(r.mock()));
                }
            }
        }
        KNOWN_DIFFERENCES.keySet().stream().filter(id -> results.stream().anyMatch(r -> r.id().equals(id) && r.identical()))
                .forEach(id -> System.out.println(file + ": known difference " + id + " no longer differs; drop it from the list"));
        System.out.printf("%s.scenarios: %d exchanges compared, %d identical after normalization%n", file, results.size(),
                identical);
        assertEquals(Map.of(), unexpected, file + ": exchanges that differ from the live tor");
    }

    private static String show(String s) {
        String shown = s.replace("\r", "\\r").replace("\n", "\\n");
        return shown.length() > 600 ? shown.substring(0, 600) + "... (" + s.length() + " bytes)" : shown;
    }
}
