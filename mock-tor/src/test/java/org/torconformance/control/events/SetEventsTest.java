package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §2.1, §2.2 and the SETEVENTS row of §3.2. */
class SetEventsTest {
    @Test
    @DisplayName("event names are case-insensitive; EXTENDED and AUTHDIR_NEWDESCS are accepted and ignored")
    void names() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS extended AUTHDIR_NEWDESCS sIgNaL");
            assertEquals("250 OK\r\n650 SIGNAL ACTIVE\r\n", s.exchange("SIGNAL ACTIVE"));
            assertEquals(java.util.Set.of("SIGNAL"), s.onReactor(() -> s.tor().model().sessions().iterator().next().subscriptions()));
        }
    }

    @Test
    @DisplayName("the first unknown name is refused and the mask stays as it was")
    void unknownKeepsTheMask() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS SIGNAL");
            assertEquals("552 Unrecognized event \"FOO\"\r\n", s.exchange("SETEVENTS NOTICE FOO BAR"));
            assertEquals("250 OK\r\n650 SIGNAL DORMANT\r\n", s.exchange("SIGNAL DORMANT"));
        }
    }

    @Test
    @DisplayName("no names: every event off")
    void noNames() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS SIGNAL NOTICE");
            s.ok("SETEVENTS");
            assertEquals("250 OK\r\n", s.exchange("SIGNAL DORMANT"));
            s.ok("SETEVENTS EXTENDED");
            assertEquals("250 OK\r\n", s.exchange("SIGNAL DORMANT"));
        }
    }

    @Test
    @DisplayName("PT_LOG, PT_STATUS, TB_EMPTY and old spellings are refused as tor refuses them")
    void refused() {
        try (EventSession s = EventSession.offline()) {
            for (String name : new String[] {"PT_LOG", "PT_STATUS", "TB_EMPTY", "STATUS_SEVER", "a\rb"}) {
                assertEquals("552 Unrecognized event \"" + name + "\"\r\n", s.exchange("SETEVENTS " + name));
            }
        }
    }

    @Test
    @DisplayName("a controller that listens for NOTICE hears about every new control connection")
    void newControlConnection() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS NOTICE");
            try (var other = EventSession.connect(s.tor())) {
                assertEquals("NOTICE New control connection opened from 127.0.0.1.", s.nextEvent());
            }
        }
    }
}
