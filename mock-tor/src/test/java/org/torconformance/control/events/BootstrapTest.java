package org.torconformance.control.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bootstrap progress: stuck at 0% with DisableNetwork 1 (as tor), quickly to 100% with the network on. */
class BootstrapTest {
    private static final String DONE = "STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"";

    @Test
    @DisplayName("enabling the network walks the milestones to 100% with tor's events, and liveness goes up")
    void enablingTheNetwork() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS STATUS_CLIENT NETWORK_LIVENESS");
            s.onReactor(() -> {
                s.tor().model().config().set("DisableNetwork", "0");
                return null;
            });
            List<String> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                s.nextEvent(Duration.ofMillis(100)).ifPresent(events::add);
                return events.contains("STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED");
            });
            assertEquals("STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=5 TAG=conn SUMMARY=\"Connecting to a relay\"", events.get(0));
            assertTrue(events.indexOf("NETWORK_LIVENESS UP") > 0, events.toString());
            assertTrue(events.indexOf("STATUS_CLIENT NOTICE ENOUGH_DIR_INFO") < events.indexOf(
                    "STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=75 TAG=enough_dirinfo SUMMARY=\"Loaded enough directory info to build circuits\""),
                    events.toString());
            assertEquals(List.of(DONE, "STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED"), events.subList(events.size() - 2, events.size()));
            assertEquals("250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"\r\n"
                    + "250-status/circuit-established=1\r\n250-status/enough-dir-info=1\r\n250-network-liveness=up\r\n250 OK\r\n",
                    s.client().command("GETINFO status/bootstrap-phase status/circuit-established status/enough-dir-info "
                            + "network-liveness").encode().latin1());
            s.onReactor(() -> {
                s.tor().model().config().set("DisableNetwork", "1");
                return null;
            });
            assertEquals("NETWORK_LIVENESS DOWN", s.nextEvent());
        }
    }

    @Test
    @DisplayName("a mock started with the network reaches 100% by itself")
    void startedOnline() {
        try (EventSession s = EventSession.start("SocksPort", "0")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> s.client().command("GETINFO status/bootstrap-phase").encode()
                    .latin1().contains("PROGRESS=100 TAG=done"));
            boolean[] done = new boolean[1];
            s.onReactor(() -> {
                Bootstrap.of(s.tor().model()).whenDone(() -> done[0] = true);
                return null;
            });
            assertTrue(done[0], "whenDone runs at once after 100%");
        }
    }

    @Test
    @DisplayName("with DisableNetwork 1 nothing happens: status/bootstrap-phase stays at starting")
    void offline() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS STATUS_CLIENT");
            assertTrue(s.nextEvent(Duration.ofMillis(600)).isEmpty());
            assertEquals("250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=0 TAG=starting SUMMARY=\"Starting\"\r\n250 OK\r\n",
                    s.client().command("GETINFO status/bootstrap-phase").encode().latin1());
        }
    }
}
