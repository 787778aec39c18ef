package org.torconformance.socks;

import java.util.Arrays;
import org.torconformance.net.Connection;
import org.torconformance.net.ConnectionHandler;

/** The outgoing connection of an open stream: everything it does is the relay's business. */
final class DestinationHandler implements ConnectionHandler {
    private Relay relay;

    void attach(Relay relay) {
        this.relay = relay;
    }

    @Override
    public void onData(Connection connection, byte[] buf, int off, int len) {
        relay.fromDestination(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void onEof(Connection connection) {
        relay.eof(connection);
    }

    @Override
    public void onDrained(Connection connection) {
        relay.drained(connection);
    }

    @Override
    public void onClose(Connection connection) {
        if (relay != null) {
            relay.closed(connection);
        }
    }
}
