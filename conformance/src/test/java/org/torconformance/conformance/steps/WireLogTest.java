package org.torconformance.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;

/** Wire logs go into reports, so the cookie must not, even when a client splits it over two writes. */
class WireLogTest {
    @Test
    void theCookieIsRedactedFromBothLogsEvenWhenSplit() throws Exception {
        try (MockTor mock = MockTor.builder().auth(Auth.cookie()).start();
             RawControlClient raw = RawControlClient.connect(mock.controlPort())) {
            String cookie = HexFormat.of().formatHex(Files.readAllBytes(mock.cookieFile()));
            raw.send("AUTHENTICATE " + cookie.substring(0, 20));
            raw.send(cookie.substring(20) + "\r\n");
            assertEquals("OK", raw.nextReply(Duration.ofSeconds(5)).orElseThrow().lines().get(0).text().latin1());

            for (String log : new String[] {WireLog.of(mock.journal()), WireLog.ofRaw(raw)}) {
                assertTrue(log.contains("AUTHENTICATE [redacted]"), log);
                assertFalse(log.contains(cookie.substring(0, 20)) || log.contains(cookie.substring(20)), log);
                assertTrue(log.contains("250 OK"), "everything else is kept: " + log);
            }
        }
    }
}
