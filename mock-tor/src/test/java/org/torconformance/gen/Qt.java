package org.torconformance.gen;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Runs our engine-agnostic generators on QuickTheories. QuickTheories shrinks by shrinking the raw
 * draws, which is exactly how {@link Choices} is designed to be shrunk. The seed is printed, and
 * {@code -Dtorconformance.seed=N} / {@code -Dtorconformance.examples=N} fix it and the budget.
 */
public final class Qt {
    private Qt() {
    }

    public static <T> Gen<T> gen(Generator<T> g, Coverage coverage) {
        return in -> g.generate(coverage.track((min, max) -> (int) in.next(Constraint.between(min, max))));
    }

    public static QuickTheory qt(String property) {
        long seed = Long.getLong("torconformance.seed", System.nanoTime());
        int examples = Integer.getInteger("torconformance.examples", 300);
        System.out.println("property " + property + ": seed " + seed + ", " + examples + " examples"
                + " (replay with -Dtorconformance.seed=" + seed + ")");
        return QuickTheory.qt().withFixedSeed(seed).withExamples(examples);
    }
}
