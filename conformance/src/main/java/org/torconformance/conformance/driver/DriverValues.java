package org.torconformance.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Library values as they travel (PROTOCOL.md, "Values"): a JSON string is the library's text;
 * {@code {"bytes": base64}} is bytes, read as Latin-1 (one char per byte) like the steps' expectations.
 */
final class DriverValues {
    private DriverValues() {
    }

    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isObject() && v.has("bytes")) {
            return new String(Base64.getDecoder().decode(v.get("bytes").asText()), StandardCharsets.ISO_8859_1);
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** One value, or several joined by newlines (a library that returned a list for one key). */
    static String joined(JsonNode v) {
        if (!v.isArray()) {
            return text(v);
        }
        return String.join("\n", texts(v));
    }

    static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(text(x)));
        } else if (!v.isNull() && !v.isMissingNode()) {
            out.add(text(v));
        }
        return out;
    }

    static Map<String, String> textMap(JsonNode v) {
        Map<String, String> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(f -> out.put(f.getKey(), joined(f.getValue())));
        return out;
    }

    static Map<String, List<String>> listMap(JsonNode v) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(f -> out.put(f.getKey(), texts(f.getValue())));
        return out;
    }
}
