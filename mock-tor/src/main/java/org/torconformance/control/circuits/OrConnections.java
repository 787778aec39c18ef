package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.torconformance.control.circuits.network.Fingerprint;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.OrConnEvent;
import org.torconformance.wire.event.TorEvent;

/**
 * The client's OR connections (channels to first hops): ORCONN LAUNCHED then CONNECTED when a
 * circuit needs one, CLOSED REASON=DONE when the network is disabled; {@code orconn-status}.
 */
final class OrConnections {
    private static final class OrConn {
        final long id;
        final Relay relay;
        boolean open;
        final List<Runnable> waiting = new ArrayList<>();

        OrConn(long id, Relay relay) {
            this.id = id;
            this.relay = relay;
        }
    }

    private final Map<Fingerprint, OrConn> byRelay = new HashMap<>();
    private final Connections connections;
    private final Reactor reactor;
    private final Timings timings;
    private final Consumer<TorEvent> events;

    OrConnections(Connections connections, Reactor reactor, Timings timings, Consumer<TorEvent> events) {
        this.connections = connections;
        this.reactor = reactor;
        this.timings = timings;
        this.events = events;
    }

    /** Runs {@code then} once a channel to {@code relay} is open, connecting first if needed. */
    void whenOpen(Relay relay, Runnable then) {
        OrConn c = byRelay.get(relay.identity());
        if (c != null && c.open) {
            then.run();
            return;
        }
        if (c == null) {
            OrConn fresh = open(relay);
            events.accept(event(fresh, "LAUNCHED", EventArgs.NONE));
            reactor.schedule(timings.orConnection(), () -> connected(fresh));
            c = fresh;
        }
        c.waiting.add(then);
    }

    private void connected(OrConn c) {
        if (byRelay.get(c.relay.identity()) != c) {
            return;
        }
        c.open = true;
        events.accept(event(c, "CONNECTED", EventArgs.NONE));
        List<Runnable> waiting = List.copyOf(c.waiting);
        c.waiting.clear();
        waiting.forEach(Runnable::run);
    }

    /** An open channel, created without events: the state a tor that bootstrapped before anyone watched is in. */
    void openQuietly(Relay relay) {
        open(relay).open = true;
    }

    private OrConn open(Relay relay) {
        long id = connections.open();
        OrConn c = new OrConn(id, relay);
        connections.become(id, c);
        byRelay.put(relay.identity(), c);
        return c;
    }

    /** DisableNetwork 1: every OR connection closes normally. */
    void closeAll() {
        for (OrConn c : connections.all(OrConn.class)) {
            events.accept(event(c, "CLOSED", EventArgs.builder().bare("REASON", "DONE").build()));
            connections.remove(c);
            byRelay.remove(c.relay.identity());
        }
    }

    List<String> statusLines() {
        return connections.all(OrConn.class).stream().map(c -> c.relay.longName() + " " + (c.open ? "CONNECTED" : "LAUNCHED")).toList();
    }

    private static OrConnEvent event(OrConn c, String status, EventArgs extra) {
        EventArgs args = EventArgs.builder().all(extra).bare("ID", Long.toString(c.id)).build();
        return new OrConnEvent(c.relay.longName(), status, args);
    }
}
