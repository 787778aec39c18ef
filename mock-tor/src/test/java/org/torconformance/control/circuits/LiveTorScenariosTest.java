package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.LiveTor;

/**
 * Runs {@code fidelity/circuits.scenarios} and {@code fidelity/addrmap.scenarios} against a live tor
 * 0.4.9.11 (DisableNetwork 1) and the mock started with the same torrc lines, and requires the
 * same answers after {@link Normalizer}. Needs tor: {@code apt-get install -y tor}.
 */
class LiveTorScenariosTest {

    @ParameterizedTest
    @ValueSource(strings = {"/fidelity/circuits.scenarios", "/fidelity/addrmap.scenarios"})
    void theMockAnswersEveryExchangeAsLiveTor(String resource) {
        ScenarioFile file = ScenarioFile.load(resource);
        LiveTor.Builder live = LiveTor.builder();
        MockTor.Builder mock = MockTor.builder().seed(11);
        for (String line : file.torrc()) {
            String[] kv = line.split(" ", 2);
            mock.option(kv[0], kv[1]);
            if (!line.equals("DisableNetwork 1")) {
                live.torrcLine(line);
            }
        }
        List<String> liveAnswers;
        List<String> mockAnswers;
        try (LiveTor tor = live.start()) {
            liveAnswers = run(tor.controlPort(), file);
        }
        try (MockTor tor = mock.start()) {
            mockAnswers = run(tor.controlPort(), file);
        }
        int same = 0;
        for (int i = 0; i < liveAnswers.size(); i++) {
            same += liveAnswers.get(i).equals(mockAnswers.get(i)) ? 1 : 0;
        }
        System.out.printf("%s: %d of %d exchanges identical after normalization%n", resource, same, liveAnswers.size());
        assertEquals(String.join("\n", liveAnswers), String.join("\n", mockAnswers));
    }

    private static List<String> run(int port, ScenarioFile file) {
        Normalizer normalizer = new Normalizer();
        List<String> answers = new ArrayList<>();
        for (ScenarioFile.Scenario s : file.scenarios()) {
            try (RawControlClient c = RawControlClient.connect(port)) {
                c.command("AUTHENTICATE");
                for (var exchange : s.exchanges()) {
                    String answer = Exchange.send(c, exchange);
                    answers.add("[" + s.name() + "] " + exchange.latin1().strip() + "\n" + normalizer.normalize(answer));
                }
            }
        }
        return answers;
    }
}
