package org.torconformance.control.addrmap;

import java.time.Instant;

/**
 * When a mapping lapses. Tor overloads a {@code time_t} (0 = torrc, 1 = controller, else a time); the
 * kinds are kept apart here, and {@code address-mappings/config|control|cache} select by kind.
 */
public sealed interface Expiry {
    /** Set from the torrc: never expires, listed under {@code config}. */
    record Config() implements Expiry {
    }

    /** Set by a controller: never expires, listed under {@code control}. */
    record Controller() implements Expiry {
    }

    /** A cached answer that lapses at {@code when}; listed under {@code cache}. */
    record At(Instant when) implements Expiry {
    }

    default boolean never() {
        return !(this instanceof At);
    }
}
