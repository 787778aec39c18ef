package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.Set;
import org.torconformance.wire.ByteString;

/**
 * The values a stream isolates by. A circuit takes them from its first stream; a later stream may
 * join only if it matches on every field its own flags name ({@code connection_edge_compatible_with_circuit}).
 */
record IsolationKey(Set<IsolationFlag> flags, Optional<ByteString> username, Optional<ByteString> password,
                    ClientProtocol protocol, Optional<String> clientAddress, int sessionGroup, int nymEpoch,
                    String destAddress, int destPort) {

    boolean compatibleWith(IsolationKey circuit) {
        for (IsolationFlag f : flags) {
            boolean same = switch (f) {
                case DESTPORT -> destPort == circuit.destPort;
                case DESTADDR -> destAddress.equalsIgnoreCase(circuit.destAddress);
                case SOCKSAUTH -> username.equals(circuit.username) && password.equals(circuit.password);
                case CLIENTPROTO -> protocol == circuit.protocol;
                case CLIENTADDR -> clientAddress.equals(circuit.clientAddress);
                case SESSIONGRP -> sessionGroup == circuit.sessionGroup;
                case NYM_EPOCH -> nymEpoch == circuit.nymEpoch;
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
