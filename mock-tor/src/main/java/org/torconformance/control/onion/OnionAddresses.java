package org.torconformance.control.onion;

import java.util.Optional;
import org.torconformance.crypto.OnionAddress;

/** Tor's {@code hs_address_is_valid} on the control port, as an Optional. */
final class OnionAddresses {
    private OnionAddresses() {
    }

    static Optional<OnionAddress> parse(String serviceId) {
        try {
            return Optional.of(OnionAddress.parseServiceId(serviceId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
