package org.torconformance.bridge;

import java.util.Optional;
import org.torconformance.control.addrmap.AddressMap;
import org.torconformance.control.addrmap.Rewrite;
import org.torconformance.socks.wire.AddressMapping;

/** The SOCKS sessions' view of the model's address map: MapAddress lines and MAPADDRESS, as they are now. */
final class MappedAddresses implements AddressMapping {
    private final AddressMap map;

    MappedAddresses(AddressMap map) {
        this.map = map;
    }

    @Override
    public boolean hasMapping(String address) {
        return map.hasMapping(address);
    }

    @Override
    public Optional<String> rewrite(String address) {
        Rewrite r = map.rewriteDestination(address);
        return r.changed() ? Optional.of(r.address()) : Optional.empty();
    }
}
