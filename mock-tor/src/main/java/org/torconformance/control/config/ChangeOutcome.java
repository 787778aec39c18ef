package org.torconformance.control.config;

/** The result of one step of a configuration change: the new state, or why it is refused. */
public sealed interface ChangeOutcome {
    record Changed(ConfigState state) implements ChangeOutcome {
    }

    record Refused(SetOptError error, String message) implements ChangeOutcome {
    }
}
