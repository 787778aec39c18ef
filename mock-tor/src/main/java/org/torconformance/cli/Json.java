package org.torconformance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import org.torconformance.wire.ByteString;

/**
 * JSON for people reading wire values: bytes that are valid UTF-8 become a JSON string; anything
 * else becomes {@code {"escaped": "…"}} in tor's esc_for_log form, so no byte is lost or guessed.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static JsonNode bytes(ByteString b) {
        if (b.isValidUtf8()) {
            return NODES.textNode(b.utf8());
        }
        return object().put("escaped", b.toString());
    }

    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
