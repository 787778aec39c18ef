package org.torconformance.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What a driver's {@code hello} reported: its library, the library's version, protocol and ops. */
public record DriverHello(String library, String version, int protocol, List<String> ops) {
    public static final int PROTOCOL = 1;

    public DriverHello {
        ops = List.copyOf(ops);
    }

    public static DriverHello of(JsonNode result) {
        List<String> ops = new ArrayList<>();
        result.path("ops").forEach(o -> ops.add(o.asText()));
        return new DriverHello(result.path("library").asText("?"), result.path("version").asText("?"),
                result.path("protocol").asInt(-1), ops);
    }
}
