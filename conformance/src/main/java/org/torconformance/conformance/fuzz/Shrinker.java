package org.torconformance.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing case by editing the draws it was generated from, as QuickTheories and
 * Hypothesis do: delete runs of draws (fewer exchanges, fewer events, shorter values), then lower
 * each draw towards zero (simpler choices come first in every generator). Keeps any edit after
 * which the case still fails; stops after {@code maxAttempts} evaluations.
 */
final class Shrinker {
    private final Predicate<List<Integer>> fails;
    private final int maxAttempts;
    private int attempts;

    Shrinker(Predicate<List<Integer>> fails, int maxAttempts) {
        this.fails = fails;
        this.maxAttempts = maxAttempts;
    }

    int attempts() {
        return attempts;
    }

    List<Integer> shrink(List<Integer> draws) {
        List<Integer> best = List.copyOf(draws);
        boolean progress = true;
        while (progress && attempts < maxAttempts) {
            progress = false;
            // Deleting runs of draws first drops whole exchanges and events in a few attempts.
            for (int size = Math.max(1, best.size() / 2); size >= 1 && attempts < maxAttempts; size /= 2) {
                for (int start = 0; start + size <= best.size() && attempts < maxAttempts; ) {
                    List<Integer> candidate = new ArrayList<>(best.subList(0, start));
                    candidate.addAll(best.subList(start + size, best.size()));
                    if (tryCandidate(candidate)) {
                        best = candidate;
                        progress = true;
                    } else {
                        start += size;
                    }
                }
            }
            for (int i = 0; i < best.size() && attempts < maxAttempts; i++) {
                int v = best.get(i);
                for (int lower : new int[] {0, v / 2, v - 1}) {
                    if (lower >= v || lower < 0) {
                        continue;
                    }
                    List<Integer> candidate = new ArrayList<>(best);
                    candidate.set(i, lower);
                    if (tryCandidate(candidate)) {
                        best = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return best;
    }

    private boolean tryCandidate(List<Integer> candidate) {
        attempts++;
        return fails.test(candidate);
    }
}
