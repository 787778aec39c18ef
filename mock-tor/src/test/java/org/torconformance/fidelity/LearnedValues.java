package org.torconformance.fidelity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values a target generated (onion service ids, keys, virtual addresses), each mapped to a numbered
 * placeholder in order of first appearance: {@code <SERVICEID#1>}, {@code <SERVICEID#2>}, ... Both
 * targets run the same scenarios in the same order, so equal numbering means the same behaviour,
 * and a value the mock reuses where tor generated a new one still shows.
 */
public final class LearnedValues {
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** The placeholder for {@code value}, numbering it under {@code kind} if it is new. */
    String learn(String kind, String value) {
        return placeholders.computeIfAbsent(value, v -> "<" + kind + "#" + counters.merge(kind, 1, Integer::sum) + ">");
    }

    /** Value to placeholder, in order of learning. */
    Iterable<Map.Entry<String, String>> entries() {
        return placeholders.entrySet();
    }
}
