package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DROPGUARDS and DROPTIMEOUTS as tor 0.4.9.11 answered them on a fresh DisableNetwork tor. */
class DropCommandsTest {
    private static final String RESET = "650 BUILDTIMEOUT_SET RESET TOTAL_TIMES=0 TIMEOUT_MS=60000 XM=0 ALPHA=0.000000 "
            + "CUTOFF_QUANTILE=1.000000 TIMEOUT_RATE=0.000000 CLOSE_MS=60000 CLOSE_RATE=0.000000\r\n";

    @Test
    @DisplayName("DROPTIMEOUTS: 250 OK, a one-time WARN, and BUILDTIMEOUT_SET RESET every time")
    void dropTimeouts() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS WARN BUILDTIMEOUT_SET");
            assertEquals("250 OK\r\n650 WARN DROPTIMEOUTS is dangerous; make sure you understand the risks before using it. "
                    + "It may be removed in a future version of Tor.\r\n" + RESET, s.exchange("DROPTIMEOUTS"));
            assertEquals("250 OK\r\n" + RESET, s.exchange("droptimeouts"));
        }
    }

    @Test
    @DisplayName("DROPGUARDS: a one-time WARN; later drops start a new guard context first")
    void dropGuards() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS NOTICE WARN");
            assertEquals("250 OK\r\n650 WARN DROPGUARDS is dangerous; make sure you understand the risks before using it. "
                    + "It may be removed in a future version of Tor.\r\n", s.exchange("DROPGUARDS"));
            assertEquals("250 OK\r\n650 NOTICE Starting with guard context \"default\"\r\n", s.exchange("DROPGUARDS"));
            assertEquals("250 OK\r\n650 NOTICE Starting with guard context \"default\"\r\n", s.exchange("DROPGUARDS"));
        }
    }

    @Test
    @DisplayName("both refuse arguments through the generic parser")
    void noArguments() {
        try (EventSession s = EventSession.offline()) {
            assertEquals("512 Bad arguments to DROPGUARDS: Cannot accept more than 0 argument(s)\r\n", s.exchange("DROPGUARDS x"));
            assertEquals("512 Bad arguments to DropTimeouts: Cannot accept more than 0 argument(s)\r\n",
                    s.exchange("DropTimeouts now please"));
        }
    }
}
