package org.torconformance.control.circuits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.TorEvent;

/**
 * Builds, extends and closes circuits with tor's event sequence: LAUNCHED (no path), EXTENDED per
 * hop with the open hops, BUILT; after an OR connection to the first hop if none is open. The
 * primary guard turns UP just before the BUILT of the first circuit through it.
 */
final class CircuitBuilder {
    private final CircuitTable circuits;
    private final OrConnections orConnections;
    private final EntryGuards guards;
    private final Reactor reactor;
    private final Timings timings;
    private final Clock clock;
    private final Consumer<TorEvent> events;
    private final List<CircuitListener> listeners = new ArrayList<>();

    CircuitBuilder(CircuitTable circuits, OrConnections orConnections, EntryGuards guards, Reactor reactor, Timings timings,
                   Clock clock, Consumer<TorEvent> events) {
        this.circuits = circuits;
        this.orConnections = orConnections;
        this.guards = guards;
        this.reactor = reactor;
        this.timings = timings;
        this.clock = clock;
        this.events = events;
    }

    void addListener(CircuitListener l) {
        listeners.add(l);
    }

    /**
     * EXTENDCIRCUIT 0 with a path: the first hop is handled (an ORCONN LAUNCHED comes first) before
     * the caller replies and then publishes LAUNCHED, as tor does.
     */
    Circuit create(CircuitPurpose purpose, Set<BuildFlag> flags, List<Relay> path) {
        Circuit c = circuits.create(purpose, flags, path, clock.instant());
        orConnections.whenOpen(path.get(0), () -> nextHop(c));
        return c;
    }

    void announceLaunch(Circuit c) {
        events.accept(CircuitEvents.status(c, "LAUNCHED"));
    }

    /** {@code circuit_launch}: a circuit on tor's path, announced at once. */
    Circuit launch(CircuitPurpose purpose, Set<BuildFlag> flags, List<Relay> path) {
        Circuit c = circuits.create(purpose, flags, path, clock.instant());
        announceLaunch(c);
        orConnections.whenOpen(path.get(0), () -> nextHop(c));
        return c;
    }

    /** EXTENDCIRCUIT 0 with a path while the network is disabled: the first hop cannot be reached. */
    void failFirstHop(CircuitPurpose purpose, List<Relay> path) {
        Circuit c = circuits.create(purpose, Set.of(), path, clock.instant());
        close(c, CircuitCloseReason.CONNECTFAILED);
    }

    /** A circuit for which no path could be picked: it gets an id and fails at once, never LAUNCHED. */
    void failWithoutPath(CircuitPurpose purpose, Set<BuildFlag> flags) {
        Circuit c = circuits.create(purpose, flags, List.of(), clock.instant());
        close(c, CircuitCloseReason.NOPATH);
    }

    /** A circuit that was built before anyone could watch (the mock's bootstrap). */
    Circuit builtQuietly(CircuitPurpose purpose, Set<BuildFlag> flags, List<Relay> path) {
        Circuit c = circuits.create(purpose, flags, path, clock.instant());
        for (int i = 0; i < path.size(); i++) {
            c.hopOpened();
        }
        c.setState(new CircuitState.Open());
        return c;
    }

    /** EXTENDCIRCUIT on an existing circuit: the new hops are extended (an open circuit builds again). */
    void extend(Circuit c, List<Relay> hops) {
        c.appendHops(hops);
        if (c.isOpen()) {
            c.setState(new CircuitState.Building());
            reactor.execute(() -> nextHop(c));
        }
    }

    private void nextHop(Circuit c) {
        reactor.schedule(timings.hop(), () -> {
            if (c.isClosed() || c.allHopsOpen()) {
                return;
            }
            c.hopOpened();
            events.accept(CircuitEvents.status(c, "EXTENDED"));
            if (!c.allHopsOpen()) {
                nextHop(c);
                return;
            }
            guards.circuitCompleted(c.path().get(0));
            c.setState(new CircuitState.Open());
            events.accept(CircuitEvents.status(c, "BUILT"));
            listeners.forEach(l -> l.built(c));
        });
    }

    /** {@code circuit_mark_for_close}: CLOSED for open circuits, FAILED for the others; then its streams go. */
    void close(Circuit c, CircuitCloseReason reason) {
        if (c.isClosed()) {
            return;
        }
        boolean wasOpen = c.isOpen();
        c.setState(new CircuitState.Closed());
        circuits.remove(c);
        events.accept(CircuitEvents.ended(c, wasOpen ? "CLOSED" : "FAILED", reason));
        listeners.forEach(l -> l.closed(c));
    }

    void closeAll(CircuitCloseReason reason) {
        circuits.all().forEach(c -> close(c, reason));
    }
}
