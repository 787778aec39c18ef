package org.torconformance.control.circuits;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.torconformance.control.circuits.network.Relay;

/**
 * Tor's global circuit list: IDs counted from 1 (never reused), listed in smartlist order with
 * swap-removal, closed circuits gone at once.
 */
final class CircuitTable {
    private final SwapList<Circuit> order = new SwapList<>();
    private final Map<Long, Circuit> byId = new HashMap<>();
    private long lastId;

    Circuit create(CircuitPurpose purpose, Set<BuildFlag> flags, List<Relay> path, Instant now) {
        Circuit c = new Circuit(++lastId, purpose, flags, path, now);
        order.add(c);
        byId.put(c.id(), c);
        return c;
    }

    /** {@code get_circ}: {@code tor_parse_ulong(id, 10, 0, UINT32_MAX)}, then a live origin circuit. */
    Optional<Circuit> find(String id) {
        return TorNumbers.parseUnsigned(id, 0, 0xFFFF_FFFFL).stream().mapToObj(byId::get).filter(c -> c != null)
                .findFirst();
    }

    void remove(Circuit c) {
        order.remove(c);
        byId.remove(c.id());
    }

    List<Circuit> all() {
        return order.snapshot();
    }
}
