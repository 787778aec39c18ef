package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.control.circuits.network.SimulatedNetwork;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.GuardEvent;
import org.torconformance.wire.event.TorEvent;

/**
 * The client's entry guards: three sampled from the Guard-flagged relays (GUARD NEW), the first
 * becoming UP when a circuit through it completes; {@code entry-guards} lists them as
 * {@code up} or {@code never-connected}. {@link #drop()} is DROPGUARDS.
 */
public final class EntryGuards {
    private static final int SAMPLE = 3;

    private static final class Guard {
        final Relay relay;
        boolean up;

        Guard(Relay relay) {
            this.relay = relay;
        }
    }

    private final List<Guard> guards = new ArrayList<>();
    private final Consumer<TorEvent> events;

    EntryGuards(Consumer<TorEvent> events) {
        this.events = events;
    }

    boolean isEmpty() {
        return guards.isEmpty();
    }

    /** Samples guards when there are none; announces each with GUARD NEW. */
    void sample(SimulatedNetwork network) {
        if (!guards.isEmpty()) {
            return;
        }
        network.withFlag("Guard").limit(SAMPLE).forEach(r -> {
            guards.add(new Guard(r));
            events.accept(event(r, "NEW"));
        });
    }

    /** The guard tor builds its circuits through. */
    Optional<Relay> primary() {
        return guards.stream().findFirst().map(g -> g.relay);
    }

    /** A circuit through {@code relay} completed: a guard that was not up yet becomes UP. */
    void circuitCompleted(Relay relay) {
        guards.stream().filter(g -> g.relay.equals(relay) && !g.up).findFirst().ifPresent(g -> {
            g.up = true;
            events.accept(event(relay, "UP"));
        });
    }

    void markUpQuietly(Relay relay) {
        guards.stream().filter(g -> g.relay.equals(relay)).forEach(g -> g.up = true);
    }

    /** DROPGUARDS: forgets every guard (GUARD DROPPED); new ones are sampled when circuits are next needed. */
    public void drop() {
        for (Guard g : List.copyOf(guards)) {
            events.accept(event(g.relay, "DROPPED"));
        }
        guards.clear();
    }

    List<String> statusLines() {
        return guards.stream().map(g -> g.relay.longName() + " " + (g.up ? "up" : "never-connected")).toList();
    }

    private static GuardEvent event(Relay r, String status) {
        return new GuardEvent("ENTRY", r.longName(), status, EventArgs.NONE);
    }
}
