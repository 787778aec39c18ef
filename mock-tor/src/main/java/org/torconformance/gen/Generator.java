package org.torconformance.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builds one value from a {@link Choices}. Engine-agnostic: adapters run these on QuickTheories or our own runner. */
@FunctionalInterface
public interface Generator<T> {
    T generate(Choices c);

    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        return c -> f.apply(generate(c));
    }

    /**
     * Values {@code accept} holds for: a refused value is drawn again, at most {@code attempts}
     * times, then {@code fallback} is given, so that a shrunk case can never loop forever.
     */
    default Generator<T> filter(Predicate<? super T> accept, int attempts, T fallback) {
        return c -> {
            for (int i = 0; i < attempts; i++) {
                T value = generate(c);
                if (accept.test(value)) {
                    return value;
                }
            }
            return fallback;
        };
    }

    static <T> Generator<T> constant(T value) {
        return c -> value;
    }

    /** Picks one generator; the first is the shrink target. */
    @SafeVarargs
    static <T> Generator<T> oneOf(Generator<? extends T>... options) {
        return c -> options[c.between(0, options.length - 1)].generate(c);
    }

    /** Picks by weight; the first option is the shrink target. */
    static <T> Generator<T> weighted(List<Weighted<T>> options) {
        int total = options.stream().mapToInt(Weighted::weight).sum();
        return c -> {
            int r = c.between(0, total - 1);
            for (Weighted<T> w : options) {
                if (r < w.weight()) {
                    return w.generator().generate(c);
                }
                r -= w.weight();
            }
            throw new IllegalStateException("unreachable");
        };
    }

    static <T> Weighted<T> weight(int weight, Generator<? extends T> g) {
        return new Weighted<>(weight, g::generate);
    }

    record Weighted<T>(int weight, Generator<T> generator) {
    }

    /** A list of {@code min..max} elements; shrinks to fewer. */
    static <T> Generator<List<T>> listOf(Generator<T> element, int min, int max) {
        return c -> {
            int n = c.between(min, max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.generate(c));
            }
            return out;
        };
    }
}
