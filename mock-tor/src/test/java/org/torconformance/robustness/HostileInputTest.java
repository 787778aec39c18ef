package org.torconformance.robustness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.ByteString;

/**
 * What a hostile or broken client can send: a command over 1 MiB, NUL bytes, invalid UTF-8,
 * binary garbage, v0 and HTTP probes. Each is answered (or closed) as tor does, never with a crash
 * or a hang, and the mock leaks no thread and no file descriptor. Isolated: it counts the JVM's.
 */
@Isolated
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void hostileInputsAreAnsweredAsTorDoesWithoutLeaks() {
        oneMockRun(); // loads the classes, so the baseline counts only what a run leaves behind
        ProcessResources baseline = ProcessResources.now();
        oneMockRun();
        await().pollInSameThread().atMost(BOUND).untilAsserted(() -> {
            ProcessResources now = ProcessResources.now();
            assertTrue(now.noMoreThan(baseline), "before: " + baseline + ", after: " + now + "\n" + ProcessResources.threadNames());
        });
    }

    private static void oneMockRun() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = MockTor.start()) {
            mock.reactor().addFailureListener(failures::add);
            int port = mock.controlPort();

            byte[] tooLong = new byte[1024 * 1024 + 16];
            Arrays.fill(tooLong, (byte) 'A');
            assertEquals("500 Line too long.\r\n", closedAfter(port, true, ByteString.concat(ByteString.of(tooLong), crlf())).latin1());

            assertEquals("510 Unrecognized command \"FOO\"\r\n", answered(port, "FOO\0BAR\r\n").latin1());
            assertEquals("552 Unrecognized feature \"EXTENDED\"\r\n", answered(port, "USEFEATURE EXTENDED\0EVENTS\r\n").latin1());
            assertEquals("510 Unrecognized command \"\u00c3(\u00ff\"\r\n", answered(port, "\u00c3(\u00ff \u00fe\r\n").latin1());

            byte[] garbage = new byte[8192];
            new SplittableRandom(9).nextBytes(garbage);
            garbage[0] = 'X'; // authenticated already: no probe; every line gets an answer or the connection closes
            closedAfter(port, true, ByteString.concat(ByteString.of(garbage), ByteString.latin1("\r\n.\r\nQUIT\r\n")));

            ByteString v0 = closedAfter(port, false, ByteString.of(new byte[] {0, 0, 0, 1, 0, 0}));
            assertTrue(v0.latin1().contains("The v0 control protocol is not supported by Tor 0.1.2.17 and later"), v0.toString());
            ByteString http = closedAfter(port, false, ByteString.latin1("GET / HTTP/1.0\r\n\r\n"));
            assertTrue(http.latin1().startsWith("HTTP/1.0 501 Tor ControlPort is not an HTTP proxy\r\n"), http.toString());

            try (RawControlClient healthy = RawControlClient.connect(port)) {
                assertEquals(250, healthy.command("PROTOCOLINFO 1").status());
            }
            await().atMost(BOUND).until(() -> mock.reactor().connectionCount() == 0);
        }
        assertEquals(List.of(), failures);
    }

    /** Sends {@code bytes} (after authenticating, if asked) and returns what came back before the mock closed. */
    private static ByteString closedAfter(int port, boolean authenticate, ByteString bytes) {
        try (RawControlClient c = RawControlClient.connect(port)) {
            if (authenticate) {
                c.command("AUTHENTICATE");
                c.drain(Duration.ZERO, Duration.ZERO);
            }
            c.send(bytes);
            assertTrue(c.awaitClosed(BOUND), "not closed within " + BOUND);
            return c.drain(Duration.ZERO, Duration.ZERO);
        }
    }

    /** Sends {@code latin1} on an authenticated connection and returns the answer (the connection stays open). */
    private static ByteString answered(int port, String latin1) {
        try (RawControlClient c = RawControlClient.connect(port)) {
            c.command("AUTHENTICATE");
            c.drain(Duration.ZERO, Duration.ZERO);
            c.send(latin1);
            return c.drain(Duration.ofMillis(200), BOUND);
        }
    }

    private static ByteString crlf() {
        return ByteString.latin1("\r\n");
    }
}
