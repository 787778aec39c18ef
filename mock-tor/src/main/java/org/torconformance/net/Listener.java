package org.torconformance.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** A listening socket on a {@link Reactor}: TCP on loopback, or a Unix domain socket. */
public final class Listener {
    private final Reactor reactor;
    private final ServerSocketChannel channel;
    private final Supplier<ConnectionHandler> handlers;
    private final SocketAddress address;

    Listener(Reactor reactor, ServerSocketChannel channel, Supplier<ConnectionHandler> handlers) throws IOException {
        this.reactor = reactor;
        this.channel = channel;
        this.handlers = handlers;
        this.address = channel.getLocalAddress();
    }

    Supplier<ConnectionHandler> handlers() {
        return handlers;
    }

    ServerSocketChannel channel() {
        return channel;
    }

    public SocketAddress address() {
        return address;
    }

    /** The TCP port, or -1 for a Unix socket. */
    public int port() {
        return address instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    /** The address as tor prints it in {@code net/listeners/*}: {@code 127.0.0.1:9051} or {@code unix:/path}. */
    public String describe() {
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return "unix:" + ((UnixDomainSocketAddress) address).getPath();
    }

    public void close() {
        reactor.execute(() -> {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already gone
            }
            if (address instanceof UnixDomainSocketAddress unix) {
                deleteQuietly(unix.getPath());
            }
        });
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
