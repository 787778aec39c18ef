package org.torconformance.control.circuits;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.control.circuits.network.SimulatedNetwork;

/** Tor's own three-hop paths: the primary guard, a middle, and an exit, all distinct; drawn from the seeded random. */
final class PathChooser {
    private final SimulatedNetwork network;
    private final EntryGuards guards;
    private final RandomGenerator random;

    PathChooser(SimulatedNetwork network, EntryGuards guards, RandomGenerator random) {
        this.network = network;
        this.guards = guards;
        this.random = random;
    }

    /** Empty when there is no consensus (or not enough relays), where tor's circuit_launch fails. */
    Optional<List<Relay>> choose() {
        if (!network.hasConsensus()) {
            return Optional.empty();
        }
        guards.sample(network);
        Optional<Relay> guard = guards.primary();
        if (guard.isEmpty()) {
            return Optional.empty();
        }
        List<Relay> exits = network.withFlag("Exit").filter(r -> r.exit() && !r.equals(guard.get())).toList();
        if (exits.isEmpty()) {
            return Optional.empty();
        }
        Relay exit = exits.get(random.nextInt(exits.size()));
        List<Relay> middles = network.consensus().stream()
                .filter(r -> !r.equals(guard.get()) && !r.equals(exit) && r.hasFlag("Fast")).toList();
        if (middles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(guard.get(), middles.get(random.nextInt(middles.size())), exit));
    }
}
