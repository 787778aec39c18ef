package org.torconformance.fidelity;

import java.util.function.BiFunction;

/**
 * One named way in which the two targets' bytes legitimately differ, and the placeholder that hides
 * it. {@code apply} gets a response as Latin-1 text (lossless) and returns it rewritten.
 */
public record NormalizationRule(String name, String why, BiFunction<String, RuleInput, String> apply) {
    public String applyTo(String text, RuleInput in) {
        return apply.apply(text, in);
    }
}
