package org.torconformance.gen;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how many generated cases exercised each edge-case label, so coverage is visible. */
public final class Coverage {
    private final Map<String, Integer> cases = new TreeMap<>();
    private final AtomicInteger total = new AtomicInteger();

    /** Wraps {@code c} so that its notes count towards this coverage, once per label per case. */
    public Choices track(Choices c) {
        total.incrementAndGet();
        java.util.Set<String> seen = new java.util.HashSet<>();
        return new Choices() {
            @Override
            public int between(int min, int max) {
                return c.between(min, max);
            }

            @Override
            public void note(String label) {
                c.note(label);
                if (seen.add(label)) {
                    synchronized (cases) {
                        cases.merge(label, 1, Integer::sum);
                    }
                }
            }
        };
    }

    public int cases() {
        return total.get();
    }

    public Map<String, Integer> counts() {
        synchronized (cases) {
            return Map.copyOf(cases);
        }
    }

    /** One line per label: count and share of cases. */
    public String report(String title) {
        StringBuilder sb = new StringBuilder(title).append(": ").append(total.get()).append(" cases\n");
        synchronized (cases) {
            cases.forEach((k, v) -> sb.append(String.format("  %-40s %7d  %5.1f%%%n", k, v, 100.0 * v / Math.max(1, total.get()))));
        }
        return sb.toString();
    }
}
