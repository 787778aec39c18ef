package org.torconformance.socks;

/**
 * The points of a SOCKS stream's life, after it opened, that tor reports in STREAM events, as the SOCKS side
 * sees them. The opening itself (tor's NEW or NEWRESOLVE) is {@link StreamHooks#streamOpened}.
 */
public enum StreamStatus {
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
