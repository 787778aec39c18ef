package org.torconformance.conformance.target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.network.WebDestination;
import org.torconformance.conformance.reference.ReferenceController;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.livetor.Authority;
import org.torconformance.livetor.Relay;
import org.torconformance.livetor.TorNetwork;

/**
 * The one private tor network (3 authorities, the first also the exit, and a client; see
 * {@link TorNetwork}) that a run's tor-network targets share, with the HTTP destination its exit
 * reaches as {@code web.test}. Started on first use, since it takes ~15-25 s; stopped by pid when the
 * last target using it closes, or by a shutdown hook if the run is interrupted (and, failing both, its
 * tors exit by themselves when this JVM dies: they carry {@code __OwningControllerProcess}). A start
 * that failed is not retried: every later case gets the same error at once.
 */
public final class SharedTorNetwork {
    /** Bootstrap bound before {@code --timeout-scale}; it normally takes 12-21 s. */
    static final long START_BOUND_MILLIS = 120_000;

    private int users;
    /** Volatile: the shutdown hook reads them without the lock, which a start in progress holds. */
    private volatile TorNetwork network;
    private volatile WebDestination destination;
    private RuntimeException startFailure;
    private Thread shutdownHook;

    synchronized void join() {
        users++;
    }

    synchronized void leave() {
        if (--users == 0) {
            stop();
        }
    }

    synchronized TorNetwork network(Timeouts timeouts) {
        if (network == null) {
            if (startFailure != null) {
                throw startFailure;
            }
            start(timeouts);
        }
        return network;
    }

    synchronized WebDestination destination(Timeouts timeouts) {
        network(timeouts);
        return destination;
    }

    private void start(Timeouts timeouts) {
        shutdownHook = new Thread(this::closeOnExit, "stop-private-tor-network");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Duration bound = timeouts.scaled(START_BOUND_MILLIS);
        System.out.printf("   starting the private tor network (bound %d s)...%n", bound.toSeconds());
        long t0 = System.nanoTime();
        try {
            destination = WebDestination.start();
            network = TorNetwork.builder().bootstrapTimeout(bound).start();
        } catch (RuntimeException e) {
            startFailure = new IllegalStateException("the private tor network did not start: " + e.getMessage(), e);
            stop();
            throw startFailure;
        }
        System.out.printf("   private tor network up in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, network.timings());
    }

    /** The relays cases may name: the authorities (the first is the exit) and any extra relays. */
    static List<NetworkRelay> relays(TorNetwork net) {
        List<NetworkRelay> out = new ArrayList<>();
        for (Authority a : net.authorities()) {
            out.add(new NetworkRelay(a.nickname(), a.fingerprint(), a.equals(net.exit())));
        }
        for (Relay r : net.relays()) {
            out.add(new NetworkRelay(r.nickname(), r.fingerprint(), false));
        }
        return out;
    }

    static ControlEndpoint endpoint(TorNetwork net) {
        return ControlEndpoint.tcp(net.clientControlPort());
    }

    static Credentials credentials(TorNetwork net) {
        return new Credentials(java.util.Optional.empty(), java.util.Optional.of(net.clientCookieFile()));
    }

    /**
     * Puts the client back as the next case expects it: the case's circuits closed (one already gone
     * is fine) and {@code __LeaveStreamsUnattached} at its default, through a connection of its own.
     */
    synchronized void resetAfterCase(Set<String> circuits, Timeouts timeouts) {
        if (network == null) {
            return;
        }
        try (ReferenceController admin = new ReferenceController(timeouts.step())) {
            admin.connect(endpoint(network), credentials(network));
            for (String id : circuits) {
                try {
                    admin.closeCircuit(id, false);
                } catch (LibraryError e) {
                    if (e.status().equals(OptionalInt.of(552))) {
                        continue; // closed by the case itself
                    }
                    throw e;
                }
            }
            admin.resetConf(List.of("__LeaveStreamsUnattached"));
        }
    }

    private synchronized void stop() {
        try {
            closeOnExit();
        } finally {
            network = null;
            destination = null;
            removeShutdownHook();
        }
    }

    /** Stops the tors by pid and the destination; both closes are idempotent. */
    private void closeOnExit() {
        TorNetwork n = network;
        WebDestination d = destination;
        try {
            if (n != null) {
                n.close();
            }
        } finally {
            if (d != null) {
                d.close();
            }
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the network
        }
        shutdownHook = null;
    }
}
