package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** secs_to_uptime and bytes_to_usage, as the heartbeat prints them. */
class HeartbeatTest {
    @Test
    void uptime() {
        assertEquals("0:00 hours", Heartbeat.uptime(59));
        assertEquals("0:02 hours", Heartbeat.uptime(150));
        assertEquals("23:59 hours", Heartbeat.uptime(86_399));
        assertEquals("1 day 0:00 hours", Heartbeat.uptime(86_400));
        assertEquals("3 days 4:05 hours", Heartbeat.uptime(3 * 86_400 + 4 * 3600 + 5 * 60));
    }

    @Test
    void usage() {
        assertEquals("0 kB", Heartbeat.usage(1023));
        assertEquals("1023 kB", Heartbeat.usage((1 << 20) - 1));
        assertEquals("1.00 MB", Heartbeat.usage(1 << 20));
        assertEquals("1.50 GB", Heartbeat.usage(3L << 29));
    }
}
