package org.torconformance.socks.wire;

/**
 * How tor itself ended a SOCKS connection it never handed on as a stream: what decides the STREAM events
 * it emits for that connection (a refused request is still a stream to tor, announced as NEW).
 */
public sealed interface SessionEnd permits SessionEnd.ParserRefused, SessionEnd.Refused, SessionEnd.Answered {

    /**
     * The parser refused the input, before tor's destination checks: no NEW. {@code parserReplied} is true when
     * tor's parser wrote the reply itself (REP 07, an HTTP page...); otherwise tor closes with a reply of its
     * own making, or none, and reports the stream FAILED before CLOSED.
     */
    record ParserRefused(boolean parserReplied) implements SessionEnd {
    }

    /** Tor's destination checks refused the complete request with {@code reason}. */
    record Refused(EndReason reason) implements SessionEnd {
    }

    /** A RESOLVE of an address (after the address map) that tor answered at once. */
    record Answered(SocksAddress answer) implements SessionEnd {
    }
}
