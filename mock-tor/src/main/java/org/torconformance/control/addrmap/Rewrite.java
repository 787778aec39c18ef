package org.torconformance.control.addrmap;

import java.util.Optional;

/**
 * What {@code addressmap_rewrite} made of an address: the final address, whether any mapping applied,
 * and the earliest expiry among the mappings used (empty when none expires).
 */
public record Rewrite(String address, boolean changed, Optional<java.time.Instant> expires) {
}
