package org.torconformance.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;

/**
 * Many controllers on one reader thread (a thread each would measure the JVM, not the mock): each
 * member keeps the replies and the events it received, decoded, in arrival order.
 */
final class Fleet implements AutoCloseable {
    static final class Member {
        final SocketChannel channel;
        final List<Reply> replies = new CopyOnWriteArrayList<>();
        final List<Reply> events = new CopyOnWriteArrayList<>();
        final ReplyDecoder decoder = new ReplyDecoder();
        volatile boolean closedByPeer;

        Member(SocketChannel channel) {
            this.channel = channel;
        }

        /** Writes all of {@code text} (Latin-1); the socket is non-blocking, so short writes are retried. */
        void send(String text) {
            ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
            try {
                synchronized (this) {
                    while (b.hasRemaining()) {
                        if (channel.write(b) == 0) {
                            Thread.onSpinWait();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final List<Member> members = new ArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final Selector selector;
    private final Thread reader;
    private volatile boolean running = true;

    private Fleet(int port, int size) throws IOException {
        selector = Selector.open();
        for (int i = 0; i < size; i++) {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            ch.configureBlocking(false);
            Member m = new Member(ch);
            members.add(m);
            ch.register(selector, SelectionKey.OP_READ, m);
        }
        reader = new Thread(this::readLoop, "fleet-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static Fleet connect(int port, int size) {
        try {
            return new Fleet(port, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readLoop() {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        try {
            while (running) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    Member m = (Member) key.attachment();
                    buf.clear();
                    int n;
                    try {
                        n = m.channel.read(buf);
                    } catch (IOException e) {
                        n = -1;
                    }
                    if (n < 0) {
                        m.closedByPeer = true;
                        key.cancel();
                        continue;
                    }
                    m.decoder.feed(buf.array(), 0, n, (f, s, e) -> {
                        if (f instanceof Reply r) {
                            (r.isEvent() ? m.events : m.replies).add(r);
                        } else {
                            failures.add(new AssertionError("malformed frame: " + f));
                        }
                    });
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            failures.add(e);
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Member m : members) {
            try {
                m.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
