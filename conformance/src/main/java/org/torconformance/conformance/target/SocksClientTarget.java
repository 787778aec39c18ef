package org.torconformance.conformance.target;

import org.torconformance.conformance.run.Timeouts;

/**
 * A real SOCKS client program, used the way its users use it: told where the SocksPort is, it fetches a
 * URL. A client missing from the machine makes the target unavailable (the run exits 2 naming the
 * package), never a skipped case.
 */
public non-sealed interface SocksClientTarget extends Target {
    /**
     * Fetches {@code request.url()} through the SocksPort; a client that does not finish within its bound
     * throws {@link org.torconformance.conformance.controller.Hang}.
     */
    FetchResult fetch(FetchRequest request, Timeouts timeouts);
}
