package org.torconformance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The one blocking controller every benchmark uses, against the mock and tor alike: it writes bytes
 * and counts replies and events as they arrive ({@link ReplyCounter}); {@link #command} also keeps
 * the text of one reply for the authentication handshakes.
 */
final class BenchClient implements AutoCloseable {
    private final SocketChannel channel;
    private final ByteBuffer in;
    private final ReplyCounter counter = new ReplyCounter();

    private BenchClient(SocketChannel channel, int bufferSize) {
        this.channel = channel;
        this.in = ByteBuffer.allocate(bufferSize);
    }

    static BenchClient connect(int port) {
        return connect(port, 256 * 1024);
    }

    /** A small {@code bufferSize} for idle connections counted in this JVM's heap (the memory benchmark). */
    static BenchClient connect(int port, int bufferSize) {
        try {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            return new BenchClient(ch, bufferSize);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to 127.0.0.1:" + port, e);
        }
    }

    SocketChannel channel() {
        return channel;
    }

    void send(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(String latin1) {
        send(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads until {@code n} more replies (not events) have ended. */
    void awaitReplies(long n) {
        long target = counter.replies() + n;
        while (counter.replies() < target) {
            readSome();
        }
    }

    /** Reads until {@code n} more events have arrived. */
    void awaitEvents(long n) {
        long target = counter.events() + n;
        while (counter.events() < target) {
            readSome();
        }
    }

    /** Sends {@code line} and CRLF and returns the text of the reply (one reply outstanding only). */
    String command(String line) {
        send(line + "\r\n");
        StringBuilder text = new StringBuilder();
        long target = counter.replies() + 1;
        while (counter.replies() < target) {
            int n = readSome();
            text.append(new String(in.array(), in.position() - n, n, StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }

    private int readSome() {
        try {
            if (!in.hasRemaining()) {
                in.clear();
            }
            int from = in.position();
            int n = channel.read(in);
            if (n < 0) {
                throw new IllegalStateException("the server closed the connection");
            }
            counter.feed(in.array(), from, n);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
