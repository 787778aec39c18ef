package org.torconformance.conformance.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.wire.event.StreamEvent;

class ObservedEventTest {
    static final String LINE = "STREAM 16 SUCCEEDED 11 127.0.0.1:33557 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=";

    @Test
    void everyLibrarysFormOfTheLineReadsAsTheSameEvent() {
        List<String> forms = List.of(LINE, "650 " + LINE, LINE.substring("STREAM ".length()));
        for (String form : forms) {
            ObservedEvent e = ObservedEvent.of(new ControllerEvent("STREAM", List.of(form), Map.of()));
            assertEquals(LINE, e.text(), form);
            StreamEvent s = assertInstanceOf(StreamEvent.class, e.event(), form);
            assertEquals("16", s.streamId());
            assertEquals("11", s.circuitId());
            assertEquals("SUCCEEDED", s.status());
        }
    }
}
