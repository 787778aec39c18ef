package org.torconformance.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.conformance.driver.DriverFixture.cookie;
import static org.torconformance.conformance.driver.DriverFixture.endpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.DriverTarget;
import org.torconformance.transcript.Transcript;
import org.torconformance.wire.ByteString;

class DriverHangTest {
    @Test
    @DisplayName("a reply that never comes is a Hang within the bound; the next controller runs on a fresh driver")
    void hangThenFreshDriver() {
        Timeouts oneSecond = new Timeouts(0.2);
        Duration bound = oneSecond.step();
        try (DriverTarget target = new DriverTarget(DriverFixture.spec("stem")); MockTor mock = DriverFixture.cookieMock()) {
            // The model answers the handshake; the transcript takes GETINFO version and never answers it.
            mock.enqueue(Transcript.parse("> GETINFO version\n"));
            long firstPid = target.pid();
            Controller hung = target.newController(oneSecond);
            hung.connect(endpoint(mock), cookie(mock));
            long start = System.nanoTime();
            assertThrows(Hang.class, () -> hung.getInfo(List.of("version")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(bound.plusSeconds(2)) < 0, "the hang took " + took.toMillis() + " ms for a " + bound.toMillis() + " ms bound");
            hung.close();

            Controller next = target.newController(oneSecond);
            assertNotEquals(firstPid, target.pid(), "the hung driver was replaced");
            next.connect(endpoint(mock), cookie(mock));
            mock.enqueueRaw("GETINFO", ByteString.latin1("250-version=0.4.9.11\r\n250 OK\r\n"));
            assertEquals(Map.of("version", "0.4.9.11"), next.getInfo(List.of("version")));
            next.close();
        }
    }
}
