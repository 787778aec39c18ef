package org.torconformance.control.circuits;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.control.circuits.network.SimulatedNetwork;
import org.torconformance.control.config.TorConfig;

/**
 * DisableNetwork, as the mock's client lives it. Started with it unset, the mock is already
 * bootstrapped: consensus, sampled guards, a channel to the primary guard, two general circuits
 * (all in place before any controller could watch). Started with {@code DisableNetwork 1} it has
 * nothing, as a fresh tor. Turning the network off closes streams (HIBERNATING), OR connections
 * and circuits; turning it on bootstraps with GUARD, ORCONN and CIRC events.
 */
final class ClientNetwork {
    private static final Set<BuildFlag> PREDICTED = EnumSet.of(BuildFlag.NEED_CAPACITY);

    private final TorConfig config;
    private final SimulatedNetwork network;
    private final EntryGuards guards;
    private final OrConnections orConnections;
    private final CircuitBuilder builder;
    private final PathChooser paths;
    private final Clock clock;
    private StreamRouter streams;
    private boolean enabled;

    ClientNetwork(TorConfig config, SimulatedNetwork network, EntryGuards guards, OrConnections orConnections,
                  CircuitBuilder builder, PathChooser paths, Clock clock) {
        this.config = config;
        this.network = network;
        this.guards = guards;
        this.orConnections = orConnections;
        this.builder = builder;
        this.paths = paths;
        this.clock = clock;
    }

    boolean enabled() {
        return enabled;
    }

    void start(StreamRouter router) {
        this.streams = router;
        enabled = !config.bool("DisableNetwork");
        if (enabled) {
            network.consensusArrived(clock.instant());
            guards.sample(network);
            guards.primary().ifPresent(g -> {
                orConnections.openQuietly(g);
                guards.markUpQuietly(g);
            });
            for (int i = 0; i < 2; i++) {
                paths.choose().ifPresent(p -> builder.builtQuietly(CircuitPurpose.GENERAL, PREDICTED, p));
            }
        }
    }

    /** Called after every configuration change (tor's options_act). */
    void configChanged(String option) {
        boolean disabled = config.bool("DisableNetwork");
        if (disabled) {
            streams.failAll(StreamEndReason.HIBERNATING);
        }
        if (!option.toLowerCase(Locale.ROOT).equals("disablenetwork") || disabled == !enabled) {
            return;
        }
        enabled = !disabled;
        if (disabled) {
            orConnections.closeAll();
            builder.closeAll(CircuitCloseReason.CHANNEL_CLOSED);
        } else {
            network.consensusArrived(clock.instant());
            guards.sample(network);
            for (int i = 0; i < 2; i++) {
                paths.choose().ifPresent(this::launchPredicted);
            }
        }
    }

    private void launchPredicted(List<Relay> path) {
        builder.launch(CircuitPurpose.GENERAL, PREDICTED, path);
    }
}
