package org.torconformance.net;

/** Reacts to one connection's events. Every method runs on the reactor thread. */
public interface ConnectionHandler {
    default void onOpen(Connection connection) {
    }

    /** Bytes arrived; {@code buf} is only valid during the call. */
    void onData(Connection connection, byte[] buf, int off, int len);

    /** The peer closed its side. By default the connection is closed once pending output is written. */
    default void onEof(Connection connection) {
        connection.closeAfterFlush();
    }

    /** Pending output passed the connection's limit; by default the connection is closed. */
    default void onOutputOverflow(Connection connection) {
        connection.close();
    }

    /** Output that had to be queued has all been written (for back-pressure: resume the producer). */
    default void onDrained(Connection connection) {
    }

    /** The connection is gone, for whatever reason. */
    default void onClose(Connection connection) {
    }
}
