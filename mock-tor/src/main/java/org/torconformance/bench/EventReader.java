package org.torconformance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * The subscribers' side of the event benchmarks: one thread reads every subscriber's socket and
 * counts events with a {@link ReplyCounter} each, for the mock and the loopback floor alike.
 */
final class EventReader {
    private EventReader() {
    }

    /** Reads until every channel has delivered {@code events} events. */
    static void readAll(List<SocketChannel> channels, long events) {
        try (Selector selector = Selector.open()) {
            for (SocketChannel ch : channels) {
                ch.configureBlocking(false);
                ch.register(selector, SelectionKey.OP_READ, new ReplyCounter());
            }
            ByteBuffer buf = ByteBuffer.allocate(256 * 1024);
            int done = 0;
            while (done < channels.size()) {
                selector.select(1_000);
                for (SelectionKey key : selector.selectedKeys()) {
                    ReplyCounter counter = (ReplyCounter) key.attachment();
                    buf.clear();
                    int n = ((SocketChannel) key.channel()).read(buf);
                    if (n < 0) {
                        throw new IllegalStateException("a subscriber was disconnected after " + counter.events() + " events");
                    }
                    counter.feed(buf.array(), 0, n);
                    if (counter.events() >= events) {
                        key.cancel();
                        done++;
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
