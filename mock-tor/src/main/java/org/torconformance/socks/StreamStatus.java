package org.torconformance.socks;

/** The points of a SOCKS stream's life that tor reports in STREAM events, as the SOCKS side sees them. */
public enum StreamStatus {
    /** A CONNECT passed tor's checks (event {@code NEW}) or a RESOLVE did ({@code NEWRESOLVE}). */
    NEW,
    NEWRESOLVE,
    /** The mock started connecting to the destination: tor's {@code SENTCONNECT} once a circuit is chosen. */
    SENTCONNECT,
    /** The mock started answering a RESOLVE: tor's {@code SENTRESOLVE}. */
    SENTRESOLVE,
    /** Connected, or the resolve answered. */
    SUCCEEDED,
    /** The stream failed before connecting (refusal, timeout, CLOSESTREAM of a pending CONNECT). */
    FAILED,
    /** The stream is gone. */
    CLOSED
}
