package org.torconformance.control.circuits;

import java.util.Locale;
import java.util.Optional;

/** The circuit purposes the mock's client uses, with the names CIRC events print. */
public enum CircuitPurpose {
    GENERAL, CONTROLLER;

    /** {@code circuit_purpose_from_string}: {@code general} or {@code controller}, any case. */
    static Optional<CircuitPurpose> fromControllerName(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("purpose=")) {
            lower = lower.substring("purpose=".length());
        }
        return switch (lower) {
            case "general" -> Optional.of(GENERAL);
            case "controller" -> Optional.of(CONTROLLER);
            default -> Optional.empty();
        };
    }
}
