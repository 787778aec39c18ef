package org.torconformance.gen;

import java.util.List;

/**
 * The only source of randomness a {@link Generator} may use. Every decision is one bounded integer
 * draw, so an engine can replay a case from its draws and shrink it by shrinking the draws towards
 * their minimums (QuickTheories does exactly that; so does {@link RecordedChoices}). Generators
 * should therefore put the simplest option first: draw 0 is the shrink target.
 */
public interface Choices {
    /** A number in {@code [min, max]}; shrinks towards {@code min}. */
    int between(int min, int max);

    /** Records that the case being built exercises {@code label} (for coverage statistics). */
    default void note(String label) {
    }

    /** True {@code percent}% of the time; shrinks to false. */
    default boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    /** One of {@code options}; shrinks towards the first. */
    default <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }
}
