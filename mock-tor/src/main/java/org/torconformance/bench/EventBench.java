package org.torconformance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.MockTor;
import org.torconformance.control.EventBus;
import org.torconformance.net.Connection;
import org.torconformance.net.Reactor;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * Events delivered per second (summed over subscribers). Tor cannot be made to emit events at will,
 * so the reference is the loopback floor: a trivial server writing pre-built event lines as fast as
 * the sockets take them. The mock publishes through its {@link EventBus} on the reactor, a batch at
 * a time, whenever every subscriber's pending output is below a high-water mark.
 */
final class EventBench {
    static final CircEvent EVENT = new CircEvent("1234", "BUILT", EventArgs.builder()
            .positional("$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~relay1,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~relay2")
            .bare("BUILD_FLAGS", "NEED_CAPACITY").bare("PURPOSE", "GENERAL")
            .bare("TIME_CREATED", "2026-11-25T20:59:03.123456").build());
    private static final int BATCH = 256;
    private static final long HIGH_WATER = 512 * 1024;

    private EventBench() {
    }

    static double mock(BenchTarget target, int subscribers, long events) {
        List<BenchClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < subscribers; i++) {
                BenchClient c = target.authenticated();
                c.command("SETEVENTS CIRC");
                clients.add(c);
            }
            MockTor mock = target.mockTor();
            List<Connection> connections = mock.reactor().call(() ->
                    mock.model().sessions().stream().map(s -> s.connection()).toList());
            List<SocketChannel> channels = clients.stream().map(BenchClient::channel).toList();
            long start = System.nanoTime();
            mock.reactor().execute(new Publisher(mock.reactor(), mock.model().events(), connections, events));
            EventReader.readAll(channels, events);
            return Stats.perSecond(events * subscribers, System.nanoTime() - start);
        } finally {
            clients.forEach(BenchClient::close);
        }
    }

    /** Runs on the reactor: publishes a batch whenever no subscriber is backed up, until done. */
    private static final class Publisher implements Runnable {
        private final Reactor reactor;
        private final EventBus bus;
        private final List<Connection> connections;
        private final long total;
        private long published;

        Publisher(Reactor reactor, EventBus bus, List<Connection> connections, long total) {
            this.reactor = reactor;
            this.bus = bus;
            this.connections = connections;
            this.total = total;
        }

        @Override
        public void run() {
            for (Connection c : connections) {
                if (c.pendingOutput() > HIGH_WATER) {
                    reactor.execute(this);
                    return;
                }
            }
            long n = Math.min(BATCH, total - published);
            for (long i = 0; i < n; i++) {
                bus.publish(EVENT);
            }
            published += n;
            if (published < total) {
                reactor.execute(this);
            }
        }
    }

    /** The loopback floor: one thread writes pre-built event lines to every subscriber as fast as it can. */
    static double floor(int subscribers, long events) {
        byte[] line = EVENT.toReply().encode().toByteArray();
        ByteString block = ByteString.of(line);
        byte[] chunk = new byte[line.length * 512];
        for (int i = 0; i < 512; i++) {
            block.copyTo(chunk, i * line.length);
        }
        long bytesEach = events * line.length;
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), subscribers);
            List<SocketChannel> clients = new ArrayList<>();
            List<SocketChannel> accepted = new ArrayList<>();
            try {
                for (int i = 0; i < subscribers; i++) {
                    clients.add(SocketChannel.open(server.getLocalAddress()));
                    accepted.add(server.accept());
                }
                Thread writer = new Thread(() -> writeAll(accepted, chunk, bytesEach), "bench-event-floor");
                long start = System.nanoTime();
                writer.start();
                EventReader.readAll(clients, events);
                long elapsed = System.nanoTime() - start;
                RoundTripBench.join(writer);
                return Stats.perSecond(events * subscribers, elapsed);
            } finally {
                closeAll(clients);
                closeAll(accepted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAll(List<SocketChannel> channels, byte[] chunk, long bytesEach) {
        try (Selector selector = Selector.open()) {
            for (SocketChannel ch : channels) {
                ch.configureBlocking(false);
                ch.register(selector, SelectionKey.OP_WRITE, new long[] {0});
            }
            int done = 0;
            ByteBuffer view = ByteBuffer.wrap(chunk);
            while (done < channels.size()) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    long[] sent = (long[]) key.attachment();
                    int at = (int) (sent[0] % chunk.length);
                    view.limit((int) Math.min(chunk.length, at + (bytesEach - sent[0]))).position(at);
                    sent[0] += ((SocketChannel) key.channel()).write(view);
                    if (sent[0] >= bytesEach) {
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

    private static void closeAll(List<SocketChannel> channels) {
        for (SocketChannel ch : channels) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
