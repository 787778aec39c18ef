package org.torconformance.control.config;

/**
 * One of the checks tor runs on a proposed configuration before it takes it ({@code options_validate},
 * {@code options_transition_allowed}). A check may refuse, or hand back the proposal adjusted, as
 * tor adjusts some values silently (MaxCircuitDirtiness below 10 seconds becomes 10).
 */
@FunctionalInterface
interface ConfigCheck {
    ChangeOutcome check(ConfigState old, ConfigState proposed);

    static ChangeOutcome refuse(String message) {
        return new ChangeOutcome.Refused(SetOptError.PARSE, message);
    }
}
