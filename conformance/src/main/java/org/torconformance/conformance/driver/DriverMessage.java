package org.torconformance.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.torconformance.conformance.controller.ControllerEvent;

/** One line a driver writes on stdout: a response to a request, or an event the library delivered. */
public sealed interface DriverMessage {
    ObjectMapper JSON = new ObjectMapper();

    record Response(long id, DriverReply reply) implements DriverMessage {
    }

    record Event(ControllerEvent event) implements DriverMessage {
    }

    /** Parses one stdout line; a line that breaks the protocol is an {@link IllegalArgumentException}. */
    static DriverMessage parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (node.has("event")) {
            return new Event(event(node.get("event")));
        }
        if (!node.path("id").canConvertToLong() || !node.path("ok").isBoolean()) {
            throw new IllegalArgumentException("neither an event nor a response with id and ok");
        }
        return new Response(node.get("id").asLong(), reply(node));
    }

    private static DriverReply reply(JsonNode node) {
        if (node.get("ok").asBoolean()) {
            return new DriverReply.Ok(node.path("result"));
        }
        if (node.has("unimplemented")) {
            return new DriverReply.NoApi(node.get("unimplemented").asText());
        }
        JsonNode error = node.path("error");
        JsonNode status = error.path("status");
        return new DriverReply.Failed(error.path("type").asText("error"),
                status.canConvertToInt() ? OptionalInt.of(status.asInt()) : OptionalInt.empty(),
                DriverValues.text(error.path("message")));
    }

    private static ControllerEvent event(JsonNode e) {
        List<String> lines = new ArrayList<>();
        e.path("lines").forEach(l -> lines.add(DriverValues.text(l)));
        Map<String, String> fields = new LinkedHashMap<>();
        e.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), DriverValues.text(f.getValue())));
        return new ControllerEvent(e.path("type").asText(), lines, fields);
    }
}
