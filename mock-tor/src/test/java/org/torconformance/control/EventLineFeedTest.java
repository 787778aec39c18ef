package org.torconformance.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.StreamEvent;

/**
 * Tor 0.4.9.11 prints a SOCKS hostname holding a line feed raw in the STREAM event that refuses it
 * (seen live: "650 STREAM 8 CLOSED 0 a\nb.com:80 REASON=SOCKS_PROTOCOL ..."). The mock writes that
 * under tor quirks, and the two characters \n otherwise; either way it does not fail.
 */
class EventLineFeedTest {
    private static String published(boolean quirks) {
        try (MockTor mock = MockTor.builder().torQuirks(quirks).start();
             RawControlClient raw = RawControlClient.connect(mock.controlPort())) {
            raw.send("AUTHENTICATE\r\nSETEVENTS STREAM\r\n");
            await().atMost(Duration.ofSeconds(5)).until(() -> raw.received().latin1().split("250 OK", -1).length == 3);
            mock.publish(new StreamEvent("8", "CLOSED", "0", "a\nb.com:80", EventArgs.NONE));
            await().atMost(Duration.ofSeconds(5)).until(() -> raw.received().latin1().contains("650 STREAM"));
            await().atMost(Duration.ofSeconds(5)).until(() -> raw.received().latin1().endsWith("\r\n"));
            return raw.received().latin1();
        }
    }

    @Test
    void underTorQuirksTheLineFeedSplitsTheEventAsInTor() {
        String got = published(true);
        assertTrue(got.endsWith("650 STREAM 8 CLOSED 0 a\nb.com:80\r\n"), got);
    }

    @Test
    void otherwiseTheLineFeedIsEscaped() {
        String got = published(false);
        assertTrue(got.endsWith("650 STREAM 8 CLOSED 0 a\\nb.com:80\r\n"), got);
    }
}
