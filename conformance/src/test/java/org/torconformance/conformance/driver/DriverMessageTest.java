package org.torconformance.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.conformance.controller.ControllerEvent;

class DriverMessageTest {
    @Test
    @DisplayName("responses: result, error with and without a status, unimplemented")
    void responses() {
        DriverMessage.Response ok = assertInstanceOf(DriverMessage.Response.class,
                DriverMessage.parse("{\"id\":3,\"ok\":true,\"result\":{\"version\":\"0.4.9.11\"}}"));
        assertEquals(3, ok.id());
        assertEquals(Map.of("version", "0.4.9.11"), DriverValues.textMap(((DriverReply.Ok) ok.reply()).result()));
        assertEquals(new DriverReply.Failed("InvalidArguments", OptionalInt.of(552), "Unrecognized key"),
                ((DriverMessage.Response) DriverMessage.parse(
                        "{\"id\":4,\"ok\":false,\"error\":{\"type\":\"InvalidArguments\",\"status\":552,\"message\":\"Unrecognized key\"}}")).reply());
        assertEquals(new DriverReply.Failed("ValueError", OptionalInt.empty(), "bad"), ((DriverMessage.Response) DriverMessage.parse(
                "{\"id\":5,\"ok\":false,\"error\":{\"type\":\"ValueError\",\"status\":null,\"message\":\"bad\"}}")).reply());
        assertEquals(new DriverReply.NoApi("no REDIRECTSTREAM"),
                ((DriverMessage.Response) DriverMessage.parse("{\"id\":6,\"ok\":false,\"unimplemented\":\"no REDIRECTSTREAM\"}")).reply());
    }

    @Test
    @DisplayName("values: text as it is (replacement characters included), bytes as Latin-1, lists joined")
    void values() {
        DriverReply.Ok r = (DriverReply.Ok) ((DriverMessage.Response) DriverMessage.parse(
                "{\"id\":1,\"ok\":true,\"result\":{\"a\":\"caf\\u00e9 \\ufffd\",\"b\":{\"bytes\":\"Y2Fmw6kg/w==\"},\"c\":[\"x\",\"y\"]}}")).reply();
        assertEquals(Map.of("a", "caf\u00e9 \ufffd", "b", "caf\u00c3\u00a9 \u00ff", "c", "x\ny"), DriverValues.textMap(r.result()));
    }

    @Test
    @DisplayName("events carry type, lines and fields; a line outside the protocol is rejected")
    void eventsAndGarbage() {
        DriverMessage.Event e = assertInstanceOf(DriverMessage.Event.class, DriverMessage.parse(
                "{\"event\":{\"type\":\"CIRC\",\"lines\":[\"CIRC 1 LAUNCHED\"],\"fields\":{\"id\":\"1\"}}}"));
        assertEquals(new ControllerEvent("CIRC", List.of("CIRC 1 LAUNCHED"), Map.of("id", "1")), e.event());
        assertThrows(IllegalArgumentException.class, () -> DriverMessage.parse("Traceback (most recent call last):"));
        assertThrows(IllegalArgumentException.class, () -> DriverMessage.parse("{\"id\":1}"));
    }
}
