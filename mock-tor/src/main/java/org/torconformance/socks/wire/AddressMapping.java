package org.torconformance.socks.wire;

import java.util.Optional;

/**
 * The view of tor's address map (MapAddress / MAPADDRESS) the SOCKS layer needs. Addresses are Latin-1
 * strings in tor's form: dotted quads, bracketed IPv6, hostnames. Lookups are case-insensitive in tor.
 */
public interface AddressMapping {
    /** No mappings at all. */
    AddressMapping NONE = new AddressMapping() {
        @Override
        public boolean hasMapping(String address) {
            return false;
        }

        @Override
        public Optional<String> rewrite(String address) {
            return Optional.empty();
        }
    };

    /** Whether {@code address} is the source of a mapping; such IP requests are not "dangerous". */
    boolean hasMapping(String address);

    /** Where a (lower-cased) address is mapped to, after following chains; empty if not mapped. */
    Optional<String> rewrite(String address);
}
