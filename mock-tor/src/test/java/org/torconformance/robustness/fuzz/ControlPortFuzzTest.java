package org.torconformance.robustness.fuzz;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;

/**
 * Byte-level fuzzing of the control port: {@code -Dfuzz.inputs} inputs (100,000 by default; raise it
 * for a longer run, within {@code -Dfuzz.seconds}, 300 by default), mutated from tor's commands or
 * random, from four connections at a time. Zero reactor exceptions, zero hangs, and the mock answers
 * normally afterwards. {@code -Dfuzz.seed} replays a run.
 */
class ControlPortFuzzTest {
    @Test
    void theControlPortSurvivesMutatedAndRandomInput() throws Exception {
        long inputs = Long.getLong("fuzz.inputs", 100_000);
        long seed = Long.getLong("fuzz.seed", 20_261_125);
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 300));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = MockTor.builder().journalCapacity(0).seed(seed).start()) {
            mock.reactor().addFailureListener(failures::add);
            java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
            mock.reactor().run(() -> mock.model().addInterceptor((session, command) -> {
                answered.incrementAndGet();
                return false;
            }));
            FuzzHarness.Result r = FuzzHarness.run(new ControlPortTarget(mock.controlPort()), inputs, 4, seed, Duration.ofSeconds(10), budget);

            long commands = answered.get();
            System.out.printf("control-port fuzz: %d inputs sent on %d connections, %d commands answered by the model, %d bytes back, seed %d%n",
                    r.inputs(), r.connections(), commands, r.bytesBack(), seed);
            assertEquals(List.of(), failures, "exceptions in the reactor");
            assertEquals(List.of(), r.hangs());
            assertEquals(List.of(), r.errors());
            assertTrue(r.inputs() >= inputs, "only " + r.inputs() + " inputs within " + budget);
            assertTrue(commands >= inputs / 2, "only " + commands + " of " + r.inputs() + " inputs reached the command table");
            await().atMost(Duration.ofSeconds(10)).until(() -> mock.reactor().connectionCount() == 0);
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                assertEquals(250, c.command("AUTHENTICATE").status());
                assertEquals("version=0.4.9.11", c.command("GETINFO version").first().text().latin1());
            }
        }
    }
}
