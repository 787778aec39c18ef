package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection lines of dumpstats, as a live tor wrote them with one idle and one asking controller. */
class StatsDumpTest {
    @Test
    void listsListenersThenControllersWithTheirBuffers() {
        List<String> lines = StatsDump.lines(new StatsDump.Facts(
                List.of(new StatsDump.ListenerFacts("Control listener", "127.0.0.1:40379", 3199)),
                List.of(new StatsDump.ControllerFacts(false, "127.0.0.1:56446", 1, false),
                        new StatsDump.ControllerFacts(true, "127.0.0.1:56462", 1, true)),
                3199, 0, 0));
        assertEquals(List.of(
                "Dumping stats:",
                "Conn 0 (socket 6) is a Control listener connection (ready) on 127.0.0.1:40379, created 3199 secs ago",
                "Conn 1 (socket 7) is a Control connection (waiting for authentication (protocol v1)) from 127.0.0.1:56446, "
                        + "created 1 secs ago",
                "Conn 1: 0 bytes waiting on inbuf (len 0, last read 1 secs ago)",
                "Conn 1: 0 bytes waiting on outbuf (len 0, last written 1 secs ago)",
                "Conn 2 (socket 8) is a Control connection (open (protocol v1)) from 127.0.0.1:56462, created 1 secs ago",
                "Conn 2: 0 bytes waiting on inbuf (len 0, last read 0 secs ago)",
                "Conn 2: 8 bytes waiting on outbuf (len 4096, last written 0 secs ago)"), lines.subList(0, 8));
        assertEquals(List.of(
                "Average bandwidth: 0/3199 = 0 bytes/sec reading",
                "Average bandwidth: 0/3199 = 0 bytes/sec writing",
                "--------------- Dumping memory information:",
                "In buffers for 3 connections: 8 used/4096 allocated",
                "  For 1 Control listener connections: 0 used/0 allocated",
                "  For 2 Control connections: 8 used/4096 allocated"), lines.subList(11, 17));
    }
}
