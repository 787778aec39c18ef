package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.List;

/**
 * Tor's global lists (connections, circuits) are smartlists whose removals move the last element
 * into the freed slot, so {@code stream-status} and {@code circuit-status} list in that order,
 * not in ID order.
 */
final class SwapList<T> {
    private final List<T> items = new ArrayList<>();

    void add(T item) {
        items.add(item);
    }

    void remove(T item) {
        int i = items.indexOf(item);
        if (i < 0) {
            return;
        }
        int last = items.size() - 1;
        items.set(i, items.get(last));
        items.remove(last);
    }

    void replace(T old, T replacement) {
        int i = items.indexOf(old);
        if (i >= 0) {
            items.set(i, replacement);
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    T first() {
        return items.get(0);
    }

    List<T> snapshot() {
        return List.copyOf(items);
    }
}
