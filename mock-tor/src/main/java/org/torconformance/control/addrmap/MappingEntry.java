package org.torconformance.control.addrmap;

/**
 * One row of the address map. {@code srcWildcard}: the key also matches any subdomain
 * ({@code *.example.com}); {@code dstWildcard}: the matched prefix is kept and the suffix replaced.
 */
public record MappingEntry(String newAddress, Expiry expiry, MappingSource source, boolean srcWildcard,
                           boolean dstWildcard) {
}
