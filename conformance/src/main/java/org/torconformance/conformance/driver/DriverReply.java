package org.torconformance.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;

/** A driver's answer to one request (PROTOCOL.md): a result, a library failure, or no API. */
public sealed interface DriverReply {
    record Ok(JsonNode result) implements DriverReply {
    }

    record Failed(String type, OptionalInt status, String message) implements DriverReply {
    }

    record NoApi(String why) implements DriverReply {
    }
}
