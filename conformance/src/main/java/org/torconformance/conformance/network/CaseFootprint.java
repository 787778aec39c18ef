package org.torconformance.conformance.network;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a network case itself created: its circuits (EXTENDCIRCUIT), its streams (its SOCKS connections
 * and RESOLVE requests) and the names it resolved. Checks and the recorded sequence look only at these,
 * so the network's own traffic (conflux legs, vanguards, directory fetches) never counts.
 */
public final class CaseFootprint {
    private final Set<String> circuits = new LinkedHashSet<>();
    private final Set<String> streams = new LinkedHashSet<>();
    private final Set<String> resolvedNames = new LinkedHashSet<>();

    public synchronized void addCircuit(String id) {
        circuits.add(id);
    }

    public synchronized void addStream(String id) {
        streams.add(id);
    }

    public synchronized void addResolvedName(String name) {
        resolvedNames.add(name.toLowerCase(java.util.Locale.ROOT));
    }

    public synchronized boolean ownsCircuit(String id) {
        return circuits.contains(id);
    }

    public synchronized boolean ownsStream(String id) {
        return streams.contains(id);
    }

    public synchronized boolean resolved(String name) {
        return resolvedNames.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    public synchronized Set<String> circuits() {
        return Set.copyOf(circuits);
    }
}
