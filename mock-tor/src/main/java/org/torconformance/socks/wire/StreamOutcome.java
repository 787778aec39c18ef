package org.torconformance.socks.wire;

import java.util.Optional;

/** What became of a request the session handed out; the session turns it into tor's reply bytes. */
public sealed interface StreamOutcome
        permits StreamOutcome.Connected, StreamOutcome.Ended, StreamOutcome.Resolved, StreamOutcome.ResolveFailed {

    /** The exit said RELAY_CONNECTED: the stream is open. */
    record Connected() implements StreamOutcome {
    }

    /**
     * The stream closed before connecting. {@code extendedError} is the onion-service code tor would
     * remember for the stream (F0-F7); it is only sent on ports with ExtendedErrors.
     */
    record Ended(EndReason reason, Optional<Socks5ReplyCode> extendedError) implements StreamOutcome {
        public static Ended of(EndReason reason) {
            return new Ended(reason, Optional.empty());
        }
    }

    /** A RESOLVE or RESOLVE_PTR answer: an IPv4/IPv6 address, or a hostname for RESOLVE_PTR. */
    record Resolved(SocksAddress answer) implements StreamOutcome {
    }

    /** The resolve failed (RESOLVED_TYPE_ERROR or ERROR_TRANSIENT). */
    record ResolveFailed() implements StreamOutcome {
    }
}
