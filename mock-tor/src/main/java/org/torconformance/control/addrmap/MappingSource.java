package org.torconformance.control.addrmap;

/** Where an address mapping came from ({@code addressmap_entry_source_t}); it decides which lookups use it. */
public enum MappingSource {
    /** {@code MapAddress} in the torrc. */
    TORRC,
    /** MAPADDRESS from a controller. */
    CONTROLLER,
    /** A virtual address handed out for MAPADDRESS {@code 0.0.0.0}, {@code ::} or {@code .}. */
    AUTOMAP,
    /** A remembered DNS answer (only with CacheDNS port flags). */
    DNS,
    /** {@code TrackHostExits}. */
    TRACKEXIT
}
