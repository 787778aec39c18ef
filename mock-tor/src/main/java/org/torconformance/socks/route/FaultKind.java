package org.torconformance.socks.route;

/** Ways the mock can misbehave instead of answering a request the way tor does. */
public enum FaultKind {
    /** Close the connection without a reply. */
    CLOSE,
    /** Reset the connection (RST) without a reply. */
    RESET,
    /** Write bytes that are not a SOCKS reply, then close. */
    GARBAGE,
    /** Never answer; keep the connection open until the client gives up (SocksTimeout does not apply). */
    NO_REPLY
}
