package org.torconformance.conformance.controller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Events a library delivered, in order; waits are bounded. */
public final class EventLog {
    private final List<ControllerEvent> events = new ArrayList<>();

    public synchronized void add(ControllerEvent e) {
        events.add(e);
        notifyAll();
    }

    public synchronized List<ControllerEvent> all() {
        return List.copyOf(events);
    }

    public synchronized Optional<ControllerEvent> await(Predicate<ControllerEvent> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ControllerEvent e : events) {
                if (match.test(e)) {
                    return Optional.of(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
