package org.torconformance.control.circuits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.torconformance.control.circuits.network.Relay;

/**
 * One origin circuit of the mock's client: its global ID, purpose, build flags, planned path and
 * how many hops are open, the streams on it, and the isolation it took from its first stream.
 */
final class Circuit {
    private final long id;
    private final Set<BuildFlag> flags;
    private final Instant created;
    private final List<Relay> path = new ArrayList<>();
    private final List<Stream> streams = new ArrayList<>();
    private CircuitPurpose purpose;
    private CircuitState state = new CircuitState.Building();
    private int opened;
    private Optional<IsolationKey> isolation = Optional.empty();
    private boolean unusableForNewStreams;

    Circuit(long id, CircuitPurpose purpose, Set<BuildFlag> flags, List<Relay> path, Instant created) {
        this.id = id;
        this.purpose = purpose;
        this.flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        this.path.addAll(path);
        this.created = created;
    }

    long id() {
        return id;
    }

    CircuitPurpose purpose() {
        return purpose;
    }

    void setPurpose(CircuitPurpose p) {
        purpose = p;
    }

    Set<BuildFlag> flags() {
        return flags;
    }

    Instant created() {
        return created;
    }

    CircuitState state() {
        return state;
    }

    void setState(CircuitState s) {
        state = s;
    }

    boolean isOpen() {
        return state instanceof CircuitState.Open;
    }

    boolean isClosed() {
        return state instanceof CircuitState.Closed;
    }

    /** Every hop, planned or open (tor's cpath). */
    List<Relay> path() {
        return List.copyOf(path);
    }

    /** The last hop, planned or open, without copying the path (stream routing asks this for every circuit). */
    Relay lastHop() {
        return path.get(path.size() - 1);
    }

    void appendHops(List<Relay> hops) {
        path.addAll(hops);
    }

    /** The hops that are open, as CIRC events print them. */
    List<Relay> openHops() {
        return List.copyOf(path.subList(0, opened));
    }

    int opened() {
        return opened;
    }

    void hopOpened() {
        opened++;
    }

    boolean allHopsOpen() {
        return opened == path.size();
    }

    List<Stream> streams() {
        return List.copyOf(streams);
    }

    void attach(Stream s) {
        streams.add(s);
        if (isolation.isEmpty()) {
            isolation = Optional.of(s.isolationKey());
        }
    }

    void detach(Stream s) {
        streams.remove(s);
    }

    Optional<IsolationKey> isolation() {
        return isolation;
    }

    /** After an exit failed a stream on it, tor retries elsewhere and gives this circuit no new streams. */
    boolean unusableForNewStreams() {
        return unusableForNewStreams;
    }

    void markUnusableForNewStreams() {
        unusableForNewStreams = true;
    }
}
