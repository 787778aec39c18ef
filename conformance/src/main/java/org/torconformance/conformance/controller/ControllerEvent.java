package org.torconformance.conformance.controller;

import java.util.List;
import java.util.Map;

/**
 * An event as the library delivered it: its type, the text the library exposes (its raw form if
 * it has one), and the fields it parsed, by name, as strings. {@code lines} holds every line of
 * multi-line events.
 */
public record ControllerEvent(String type, List<String> lines, Map<String, String> fields) {
    public ControllerEvent {
        lines = List.copyOf(lines);
        fields = Map.copyOf(fields);
    }
}
