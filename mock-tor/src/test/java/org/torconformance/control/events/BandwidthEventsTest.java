package org.torconformance.control.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.control.TorModel;

/** BW events once a second while subscribed; bw-event-cache holds the samples sent. */
class BandwidthEventsTest {
    @Test
    @DisplayName("subscribed: 650 BW <read> <written> every second, with the bytes moved in that second")
    void ticks() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS BW");
            assertEquals("BW 0 0", s.nextEvent(Duration.ofSeconds(3)).orElseThrow());
            TorModel model = s.tor().model();
            s.onReactor(() -> {
                Traffic.of(model).addRead(512);
                Traffic.of(model).addWritten(100);
                return null;
            });
            assertEquals("BW 512 100", s.nextEvent(Duration.ofSeconds(3)).orElseThrow());
            assertEquals("BW 0 0", s.nextEvent(Duration.ofSeconds(3)).orElseThrow());
            String cache = s.client().command("GETINFO bw-event-cache").encode().latin1();
            assertTrue(cache.matches("250-bw-event-cache=0,0 512,100 0,0( 0,0)*\r\n250 OK\r\n"), cache);
            assertEquals("250-traffic/read=512\r\n250-traffic/written=100\r\n250 OK\r\n",
                    s.client().command("GETINFO traffic/read traffic/written").encode().latin1());
        }
    }

    @Test
    @DisplayName("nobody subscribed: no ticks, so the cache stays as it is; unsubscribing stops them")
    void onlyWhileSubscribed() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS BW");
            s.nextEvent(Duration.ofSeconds(3)).orElseThrow();
            s.ok("SETEVENTS");
            String before = cache(s);
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> cache(s).equals(before));
        }
        try (EventSession s = EventSession.offline()) {
            await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3)).until(() -> cache(s).equals("250-bw-event-cache=\r\n250 OK\r\n"));
        }
    }

    private static String cache(EventSession s) {
        return s.client().command("GETINFO bw-event-cache").encode().latin1();
    }
}
