package org.torconformance.conformance.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.network.CaseFootprint;
import org.torconformance.conformance.network.HttpRequest;
import org.torconformance.conformance.network.HttpResponse;
import org.torconformance.conformance.network.ObservedEvent;
import org.torconformance.conformance.network.SocksConnection;
import org.torconformance.conformance.run.RunContext;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.NetworkSession;
import org.torconformance.conformance.target.NetworkTarget;
import org.torconformance.wire.event.StreamEvent;

/**
 * One network case's state (picocontainer makes one per scenario): the session, the circuits and
 * application connections the case named (A, W, …), what it created ({@link CaseFootprint}), the
 * requests it sent, and a transcript for the report.
 */
public final class NetworkCase {
    NetworkSession session;
    final CaseFootprint own = new CaseFootprint();
    final Map<String, String> circuits = new LinkedHashMap<>();
    final Map<String, List<String>> namedPaths = new LinkedHashMap<>();
    final Map<String, SocksConnection> connections = new LinkedHashMap<>();
    final Map<String, HttpRequest> requests = new LinkedHashMap<>();
    final Map<String, HttpResponse> responses = new LinkedHashMap<>();
    private final Map<String, String> streams = new LinkedHashMap<>();
    private final List<String> transcript = new ArrayList<>();
    private final long started = System.nanoTime();

    RunContext run() {
        return RunContext.current();
    }

    Timeouts timeouts() {
        return run().timeouts();
    }

    NetworkTarget target() {
        if (run().target() instanceof NetworkTarget n) {
            return n;
        }
        throw new IllegalStateException("this step needs a network target, the run's target is " + run().target().name());
    }

    NetworkSession session() {
        if (session == null) {
            throw new IllegalStateException("no network session: start the scenario with 'Given a network client subscribed to …'");
        }
        return session;
    }

    Controller controller() {
        return session().controller();
    }

    /** A circuit build on a loopback network takes ~50 ms; the bound covers a first channel and slow CI. */
    Duration circuitBound() {
        return timeouts().scaled(30_000);
    }

    /** Stream progress through the exit (a SOCKS answer, SUCCEEDED) takes 10-100 ms. */
    Duration streamBound() {
        return timeouts().scaled(30_000);
    }

    /** Tor announces a new stream (NEW) as soon as the SOCKS request arrives. */
    Duration newStreamBound() {
        return timeouts().scaled(5_000);
    }

    /** Events a command causes follow its reply at once. */
    Duration eventBound() {
        return timeouts().event();
    }

    /** Per-second events (BW, STREAM_BW, CIRC_BW) need a tick or two. */
    Duration perSecondBound() {
        return timeouts().scaled(5_000);
    }

    /** Tor runs a NEWNYM at most every 10 s, delaying one that comes sooner. */
    Duration newnymBound() {
        return timeouts().scaled(15_000);
    }

    void note(String line) {
        transcript.add(String.format("%9.3f ms %s", (System.nanoTime() - started) / 1e6, line));
    }

    List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** Every event the library delivered so far, read with the project's codec. */
    List<ObservedEvent> events() {
        return controller().events().stream().map(ObservedEvent::of).toList();
    }

    Optional<ObservedEvent> await(Predicate<ObservedEvent> match, Duration bound) {
        return controller().awaitEvent((ControllerEvent e) -> match.test(ObservedEvent.of(e)), bound).map(ObservedEvent::of);
    }

    String circuit(String alias) {
        String id = circuits.get(alias);
        if (id == null) {
            throw new IllegalStateException("the scenario names no circuit " + alias + " (circuits: " + circuits.keySet() + ")");
        }
        return id;
    }

    SocksConnection connection(String alias) {
        SocksConnection c = connections.get(alias);
        if (c == null) {
            throw new IllegalStateException("the scenario opened no stream " + alias + " (streams: " + connections.keySet() + ")");
        }
        return c;
    }

    /**
     * The stream tor made for the application's connection: the one whose NEW event names the
     * connection's local port as SOURCE_ADDR, waiting up to the stream bound.
     */
    String stream(String alias) {
        String known = streams.get(alias);
        if (known != null) {
            return known;
        }
        String source = "127.0.0.1:" + connection(alias).localPort();
        Optional<ObservedEvent> created = await(e -> e.event() instanceof StreamEvent s && s.status().equals("NEW")
                && s.sourceAddress().filter(source::equals).isPresent(), newStreamBound());
        if (created.isEmpty()) {
            throw new AssertionError("expected a STREAM NEW event for the application's connection " + alias + " (SOURCE_ADDR=" + source
                    + ") within " + newStreamBound().toMillis() + " ms; stream events seen: " + streamEvents());
        }
        return remember(alias, ((StreamEvent) created.get().event()).streamId());
    }

    /**
     * At the end of a case, without waiting: the streams of connections whose NEW event arrived, and the
     * streams tor opened for the case's RESOLVE requests (NEWRESOLVE of a name it asked for).
     */
    void identifyStreamsSeen() {
        events().stream().map(ObservedEvent::event).filter(e -> e instanceof StreamEvent s && s.status().equals("NEWRESOLVE")
                && own.resolved(s.targetHost())).forEach(e -> own.addStream(((StreamEvent) e).streamId()));
        for (Map.Entry<String, SocksConnection> c : connections.entrySet()) {
            if (streams.containsKey(c.getKey())) {
                continue;
            }
            String source = "127.0.0.1:" + c.getValue().localPort();
            events().stream().map(ObservedEvent::event).filter(e -> e instanceof StreamEvent s && s.status().equals("NEW")
                    && s.sourceAddress().filter(source::equals).isPresent()).findFirst()
                    .ifPresent(e -> remember(c.getKey(), ((StreamEvent) e).streamId()));
        }
    }

    private String remember(String alias, String id) {
        streams.put(alias, id);
        own.addStream(id);
        note("stream " + alias + " is tor's stream " + id);
        return id;
    }

    /** The events of one stream, in order. */
    List<StreamEvent> streamEvents(String id) {
        return events().stream().map(ObservedEvent::event).filter(e -> e instanceof StreamEvent s && s.streamId().equals(id))
                .map(e -> (StreamEvent) e).toList();
    }

    private List<String> streamEvents() {
        return events().stream().filter(e -> e.event() instanceof StreamEvent).map(ObservedEvent::text).toList();
    }

    /** Runs a library operation: hangs and missing APIs end the case as such; a library error is the target failing the step. */
    <T> T call(String what, java.util.function.Supplier<T> op) {
        note("controller: " + what);
        try {
            return op.get();
        } catch (org.torconformance.conformance.controller.LibraryError e) {
            note("  failed: " + e.getMessage());
            throw new AssertionError("the library failed to " + what + ": " + e.getMessage(), e);
        }
    }

    void call(String what, Runnable op) {
        call(what, () -> {
            op.run();
            return null;
        });
    }

    /**
     * Before the case's sequence is recorded: waits until no event about the case's own circuits and
     * streams has arrived for a quiet period (events a command causes can trail its reply), at most the
     * event bound, so the recorded sequence does not depend on how fast the last step returned.
     */
    void settle() {
        Duration quiet = timeouts().quiet();
        long deadline = System.nanoTime() + eventBound().toNanos();
        java.util.Set<ControllerEvent> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (true) {
            seen.addAll(controller().events());
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Duration wait = Duration.ofNanos(Math.min(left, quiet.toNanos()));
            if (controller().awaitEvent(e -> !seen.contains(e) && concernsCase(ObservedEvent.of(e)), wait).isEmpty()) {
                return;
            }
        }
    }

    private boolean concernsCase(ObservedEvent e) {
        if (e.event() instanceof org.torconformance.wire.event.CircEvent ce) {
            return own.ownsCircuit(ce.circuitId());
        }
        if (e.event() instanceof org.torconformance.wire.event.CircMinorEvent m) {
            return own.ownsCircuit(m.circuitId());
        }
        if (e.event() instanceof org.torconformance.wire.event.AddrMapEvent a) {
            return own.resolved(a.from());
        }
        if (e.event() instanceof StreamEvent s) {
            return own.ownsStream(s.streamId()) || own.resolved(s.targetHost()) || connections.values().stream()
                    .anyMatch(c -> s.sourceAddress().filter(("127.0.0.1:" + c.localPort())::equals).isPresent());
        }
        return false;
    }

    void closeConnections() {
        connections.values().forEach(SocksConnection::close);
    }
}
