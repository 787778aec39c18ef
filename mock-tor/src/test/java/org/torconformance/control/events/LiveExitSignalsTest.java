package org.torconformance.control.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torconformance.client.RawControlClient;
import org.torconformance.control.info.ComparedTarget;

/**
 * The signals that stop tor, each on a fresh live tor 0.4.9.11 (needs {@code apt-get install -y tor})
 * and a fresh mock: the scenario files can only halt their shared tor once. Both must flush
 * {@code 250 OK}, leave a command pipelined behind the signal unanswered, close every controller
 * without sending queued events, and exit.
 */
class LiveExitSignalsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest
    @ValueSource(strings = {"SHUTDOWN", "HALT", "TERM", "INT", "halt"})
    void stopsLikeTor(String signal) throws Exception {
        for (ComparedTarget target : List.of(ComparedTarget.live(List.of()), ComparedTarget.mock(List.of()))) {
            try (target; RawControlClient watcher = target.connect(); RawControlClient c = target.connect()) {
                watcher.send("SETEVENTS NOTICE WARN SIGNAL\r\n");
                assertEquals("250 OK\r\n", watcher.drain(Duration.ofMillis(200), WAIT).latin1(), target.name());
                c.send("SIGNAL " + signal + "\r\nGETINFO version\r\n");
                assertTrue(c.awaitClosed(WAIT), target.name() + " closes the connection");
                assertEquals("250 OK\r\n", c.drain(Duration.ZERO, Duration.ZERO).latin1(), target.name());
                assertTrue(watcher.awaitClosed(WAIT), target.name() + " closes other controllers");
                assertEquals("", watcher.drain(Duration.ZERO, Duration.ZERO).latin1(), target.name() + " sends them nothing");
                await().atMost(WAIT).until(target::stopped);
            }
        }
    }
}
