package org.torconformance.control.onion;

import java.util.List;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.crypto.OnionServiceKey;

/**
 * An onion service ADD_ONION created. The mock keeps the key even with DiscardPK (tor does too,
 * it only does not print it).
 *
 * @param clientAuthV3 the ClientAuthV3 values exactly as the controller sent them
 */
record HostedService(OnionAddress address, OnionServiceKey key, List<PortMapping> ports, int maxStreams,
                     boolean maxStreamsCloseCircuit, List<String> clientAuthV3) {
    HostedService {
        ports = List.copyOf(ports);
        clientAuthV3 = List.copyOf(clientAuthV3);
    }

    String serviceId() {
        return address.serviceId();
    }
}
