package org.torconformance.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded choices that remember every draw, so a case can be replayed exactly ({@link #replaying})
 * and shrunk by editing its draws. Coverage labels are counted per case.
 */
public final class RecordedChoices implements Choices {
    private final SplittableRandom random;
    private final List<Integer> replay;
    private final List<Integer> draws = new ArrayList<>();
    private final Map<String, Integer> notes = new TreeMap<>();

    private RecordedChoices(SplittableRandom random, List<Integer> replay) {
        this.random = random;
        this.replay = replay;
    }

    public static RecordedChoices seeded(long seed) {
        return new RecordedChoices(new SplittableRandom(seed), List.of());
    }

    /** Replays {@code draws}; once they run out (or one is out of range) every further draw is its minimum. */
    public static RecordedChoices replaying(List<Integer> draws) {
        return new RecordedChoices(null, List.copyOf(draws));
    }

    @Override
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        int v;
        if (random != null) {
            v = max == Integer.MAX_VALUE && min == Integer.MIN_VALUE ? random.nextInt() : random.nextInt(min, max + 1);
        } else {
            int i = draws.size();
            v = i < replay.size() ? replay.get(i) : min;
            if (v < min || v > max) {
                v = min;
            }
        }
        draws.add(v);
        return v;
    }

    @Override
    public void note(String label) {
        notes.merge(label, 1, Integer::sum);
    }

    public List<Integer> draws() {
        return List.copyOf(draws);
    }

    public Map<String, Integer> notes() {
        return Map.copyOf(notes);
    }
}
