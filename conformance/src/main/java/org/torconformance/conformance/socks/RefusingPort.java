package org.torconformance.conformance.socks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A port on 127.0.0.1 that refuses every connection: a socket bound to it that never listens. Holding the
 * port keeps anything else from taking it while a case runs, so a connection to it is refused for sure.
 */
public final class RefusingPort implements AutoCloseable {
    private final Socket holder = new Socket();

    public RefusingPort() {
        try {
            holder.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reserve a port on 127.0.0.1", e);
        }
    }

    public int port() {
        return holder.getLocalPort();
    }

    @Override
    public void close() {
        try {
            holder.close();
        } catch (IOException ignored) {
            // releasing the port
        }
    }
}
