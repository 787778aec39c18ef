package org.torconformance.control.circuits.network;

import java.util.Optional;

/**
 * What tor's nodelist knows about one identity: its consensus entry (with microdescriptor) and/or a
 * router descriptor a controller posted.
 */
public record RouterNode(Optional<Relay> relay, Optional<ServerDescriptor> descriptor) {
    /**
     * {@code node_has_preferred_descriptor} on a client that uses microdescriptors: only a consensus
     * entry with its microdescriptor will do, a posted descriptor is not enough.
     */
    public boolean usableForCircuits() {
        return relay.isPresent();
    }
}
