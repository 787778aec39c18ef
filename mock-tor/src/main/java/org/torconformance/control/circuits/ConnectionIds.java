package org.torconformance.control.circuits;

/**
 * Tor's {@code connection_t.global_identifier}: one counter for every connection, so stream IDs and
 * ORCONN IDs skip the numbers that listeners and control connections took. The control listener
 * is the first connection of a tor without other ports, so the first controller gets 2 and its
 * first stream 3, as on a live tor.
 */
public final class ConnectionIds {
    private long last;

    /** Counts connections that existed before the model started (the control listener). */
    public ConnectionIds(long taken) {
        this.last = taken;
    }

    public long next() {
        return ++last;
    }
}
