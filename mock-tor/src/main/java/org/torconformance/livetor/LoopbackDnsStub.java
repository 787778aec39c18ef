package org.torconformance.livetor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DNS server on UDP 127.0.0.1 (a free port) for the private network's exit: A queries for
 * {@code localhost} and {@code *.test} get 127.0.0.1, other names NXDOMAIN. tor's resolver (libevent
 * evdns) ignores /etc/hosts, so without this even {@code localhost} fails at the exit; pointing
 * {@code ServerDNSResolvConfFile} at {@code nameserver 127.0.0.1:<port>} also guarantees that no name
 * ever resolves to a non-loopback address.
 */
public final class LoopbackDnsStub implements AutoCloseable {
    private static final int MAX_PACKET = 1500;

    private final DatagramSocket socket;
    private final Thread server;
    private final List<String> queriedNames = new CopyOnWriteArrayList<>();

    private LoopbackDnsStub(DatagramSocket socket) {
        this.socket = socket;
        this.server = new Thread(this::serve, "loopback-dns-stub-" + socket.getLocalPort());
        server.setDaemon(true);
        server.start();
    }

    public static LoopbackDnsStub start() {
        try {
            return new LoopbackDnsStub(new DatagramSocket(new InetSocketAddress(Loopback.address(), 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a UDP port on 127.0.0.1", e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The {@code nameserver} line for a resolv.conf; libevent accepts {@code ip:port} there. */
    public String resolvConfLine() {
        return "nameserver " + Loopback.HOST + ":" + port();
    }

    /** Names asked so far, exactly as sent (tor randomises their case, DNS 0x20). */
    public List<String> queriedNames() {
        return List.copyOf(queriedNames);
    }

    @Override
    public void close() {
        socket.close();
        try {
            server.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        byte[] buffer = new byte[MAX_PACKET];
        while (!socket.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                LoopbackDnsAnswers.parseQuestion(buffer, query.getLength())
                        .ifPresent(q -> queriedNames.add(q.name()));
                Optional<byte[]> response = LoopbackDnsAnswers.respond(buffer, query.getLength());
                if (response.isPresent()) {
                    byte[] bytes = response.get();
                    socket.send(new DatagramPacket(bytes, bytes.length, query.getSocketAddress()));
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
                // a single bad exchange must not stop the server
            }
        }
    }
}
