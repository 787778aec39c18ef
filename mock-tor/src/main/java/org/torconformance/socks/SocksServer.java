package org.torconformance.socks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.torconformance.net.Listener;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * A SocksPort on 127.0.0.1, served on the shared reactor: one {@link SocksConnectionHandler} per client, no
 * threads of its own, nothing blocking.
 */
public final class SocksServer implements AutoCloseable {
    /** Where the mock listens and where it connects: 127.0.0.1, never anything else. */
    static final InetAddress LOOPBACK = ipv4Loopback();

    private final SocksPortOptions options;
    private final Listener listener;

    private SocksServer(SocksEnvironment env, int port, SocksPortOptions options) {
        this.options = options;
        this.listener = env.reactor().listenTcp(new InetSocketAddress(LOOPBACK, port),
                () -> new SocksConnectionHandler(env, this));
    }

    /** Opens a SOCKS port ({@code port} 0 picks a free one) with the flags in {@code options}. */
    public static SocksServer start(SocksEnvironment env, int port, SocksPortOptions options) {
        return new SocksServer(env, port, options);
    }

    public int port() {
        return listener.port();
    }

    /** {@code 127.0.0.1:N}, as {@code GETINFO net/listeners/socks} prints it. */
    public String address() {
        return listener.describe();
    }

    public SocksPortOptions options() {
        return options;
    }

    @Override
    public void close() {
        listener.close();
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
