package org.torconformance.control.circuits;

import java.time.Duration;

/**
 * What the SOCKS server learns about a stream it opened. The first update decides the SOCKS reply
 * ({@link Connected}, {@link Failed}, {@link Resolved}, {@link ResolveFailed}); a connected stream
 * may later be {@link Closed} by tor (CLOSESTREAM, CLOSECIRCUIT, the exit).
 */
public sealed interface StreamUpdate {
    /** The exit connected; tor answers the SOCKS request with success. */
    record Connected() implements StreamUpdate {
    }

    /**
     * The stream ended before connecting. The SOCKS reply is {@code reason.socks5Reply()} (or
     * {@code socks4Reply()}); note tor's quirk that reason 0 (CLOSESTREAM id 0) means "succeeded".
     */
    record Failed(StreamEndReason reason) implements StreamUpdate {
    }

    /** A RESOLVE or RESOLVE_PTR answer: an address (or a hostname for PTR) and its TTL. */
    record Resolved(String answer, Duration ttl) implements StreamUpdate {
    }

    /**
     * The lookup failed: the exit had no answer ({@code reason} from the exit, RESOLVEFAILED), or tor
     * gave up on it locally (CLOSESTREAM, a refused name, SocksTimeout) with {@code reason}.
     */
    record ResolveFailed(StreamEndReason reason) implements StreamUpdate {
    }

    /** A connected stream was closed on tor's side; close the application's connection. */
    record Closed(StreamEndReason reason) implements StreamUpdate {
    }
}
