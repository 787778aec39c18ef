package org.torconformance.socks;

import org.torconformance.net.Connection;

/**
 * Moves bytes both ways between a SOCKS client and its destination once the stream is open. Back-pressure:
 * when one side's queued output passes {@link #HIGH_WATER}, the other side stops being read until that
 * output has drained, so a slow reader never makes the mock buffer without bound. Ends as {@link EofPolicy}
 * says; {@code onFinished} runs once, when both connections are closed. Reports every chunk it moves to
 * {@link Traffic} and remembers which side ended first.
 */
final class Relay {
    static final long HIGH_WATER = 256 * 1024;

    @FunctionalInterface
    interface Traffic {
        void moved(long fromClient, long toClient);
    }

    private final Connection client;
    private final Connection destination;
    private final EofPolicy policy;
    private final Runnable onFinished;
    private final Traffic traffic;
    private Connection firstToEnd;
    private boolean clientEof;
    private boolean destinationEof;
    private boolean clientClosed;
    private boolean destinationClosed;

    Relay(Connection client, Connection destination, EofPolicy policy, Runnable onFinished, Traffic traffic) {
        this.client = client;
        this.destination = destination;
        this.policy = policy;
        this.onFinished = onFinished;
        this.traffic = traffic;
    }

    void fromClient(byte[] data) {
        forward(client, destination, data);
        traffic.moved(data.length, 0);
    }

    void fromDestination(byte[] data) {
        forward(destination, client, data);
        traffic.moved(0, data.length);
    }

    /** True when the destination's EOF or close came before anything from the client ended the stream. */
    boolean destinationEndedFirst() {
        return firstToEnd == destination;
    }

    private void forward(Connection from, Connection to, byte[] data) {
        to.write(data);
        if (to.pendingOutput() > HIGH_WATER) {
            from.pauseReading();
        }
    }

    /** {@code side}'s queued output is written: its peer may be read again. */
    void drained(Connection side) {
        Connection producer = peer(side);
        if (producer.isOpen() && !sawEof(producer)) {
            producer.resumeReading();
        }
    }

    void eof(Connection side) {
        noteEnd(side);
        if (side == client) {
            clientEof = true;
        } else {
            destinationEof = true;
        }
        Connection other = peer(side);
        if (policy == EofPolicy.END_STREAM) {
            other.closeAfterFlush();
            if (side == client) {
                side.close();
            } else {
                side.closeAfterFlush();
            }
        } else if (clientEof && destinationEof) {
            client.closeAfterFlush();
            destination.closeAfterFlush();
        } else {
            other.shutdownOutput();
        }
    }

    /** {@code side} is closed (by us, by its peer, or by an error): the stream is over for the other side too. */
    void closed(Connection side) {
        noteEnd(side);
        if (side == client) {
            clientClosed = true;
        } else {
            destinationClosed = true;
        }
        if (clientClosed && destinationClosed) {
            onFinished.run();
        } else {
            peer(side).closeAfterFlush();
        }
    }

    /** Ends the stream now (CLOSESTREAM): the client gets what is queued, the destination is dropped. */
    void abort() {
        client.closeAfterFlush();
        destination.close();
    }

    private void noteEnd(Connection side) {
        if (firstToEnd == null) {
            firstToEnd = side;
        }
    }

    private boolean sawEof(Connection side) {
        return side == client ? clientEof : destinationEof;
    }

    private Connection peer(Connection side) {
        return side == client ? destination : client;
    }
}
