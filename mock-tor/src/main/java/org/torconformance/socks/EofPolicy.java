package org.torconformance.socks;

/** What an end-of-file from one side of a relayed stream does to the other side. */
public enum EofPolicy {
    /**
     * Tor 0.4.9: streams have no half-close. An EOF from the client ends the stream (tor sends END DONE; the
     * exit writes what it has and closes towards the server), so the destination gets what the client sent
     * and then a close, and the client connection is closed. An EOF from the destination makes tor flush
     * everything it got to the client and then close it.
     */
    END_STREAM,
    /**
     * A plain TCP proxy: an EOF is passed on as a half-close (shutdown of the other side's output once
     * everything before it is written) and the other direction keeps flowing until it ends too.
     */
    HALF_CLOSE
}
