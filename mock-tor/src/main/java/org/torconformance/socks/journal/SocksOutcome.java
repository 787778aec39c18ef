package org.torconformance.socks.journal;

import org.torconformance.socks.route.FaultKind;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksAddress;

/**
 * What became of a SOCKS request. Reply codes are the byte the client got: SOCKS5 REP, or SOCKS4 CD
 * ({@code 0x5A}/{@code 0x5B}).
 */
public sealed interface SocksOutcome {

    /** Not decided yet (routing, a delay, or a controller holding the stream). */
    record Pending() implements SocksOutcome {
    }

    /** Tor's own checks answered before any routing: parser errors, private addresses, .exit, SafeSocks. */
    record RejectedByTor(int replyCode) implements SocksOutcome {
    }

    /** Connected to 127.0.0.1:{@code port}; bytes were relayed from then on. */
    record Connected(int port) implements SocksOutcome {
    }

    /** The stream failed with this END reason and reply code. */
    record Refused(EndReason reason, int replyCode) implements SocksOutcome {
    }

    /** A RESOLVE or RESOLVE_PTR answered, by the routing or by tor itself (an address literal). */
    record Resolved(SocksAddress answer) implements SocksOutcome {
    }

    /** A RESOLVE or RESOLVE_PTR that failed. */
    record ResolveFailed() implements SocksOutcome {
    }

    /** The mock misbehaved on purpose. */
    record Faulted(FaultKind fault) implements SocksOutcome {
    }

    /** SocksTimeout passed before an outcome: tor ends the stream with TIMEOUT. */
    record TimedOut(int replyCode) implements SocksOutcome {
    }

    /** A controller closed the stream (CLOSESTREAM), before or after it connected. */
    record ClosedByController(EndReason reason) implements SocksOutcome {
    }

    /** The client went away before the outcome. */
    record ClientLeft() implements SocksOutcome {
    }
}
