package org.torconformance.control.config;

/** What reading one value for one option gave: its encoded form, or tor's reason for refusing it. */
sealed interface ValueOutcome {
    /** {@code encoded} is what GETCONF will show; {@code null} for an obsolete option, which keeps no value. */
    record Accepted(String encoded) implements ValueOutcome {
    }

    record Refused(String message) implements ValueOutcome {
    }
}
