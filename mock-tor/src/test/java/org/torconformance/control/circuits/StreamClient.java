package org.torconformance.control.circuits;

import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.torconformance.MockTor;

/** Opens streams through the {@link Streams} API on the mock's reactor, as the SOCKS server will, and records the updates. */
final class StreamClient {
    final long id;
    final List<StreamUpdate> updates = new CopyOnWriteArrayList<>();
    private final MockTor tor;

    private StreamClient(MockTor tor, StreamRequest request) {
        this.tor = tor;
        this.id = tor.reactor().call(() -> Streams.of(tor.model()).open(request, updates::add));
    }

    static StreamClient open(MockTor tor, StreamRequest request) {
        return new StreamClient(tor, request);
    }

    static StreamClient connect(MockTor tor, String host, int port) {
        return open(tor, StreamRequest.socks5Connect(host, port, new InetSocketAddress("127.0.0.1", 40000)));
    }

    StreamUpdate awaitUpdate(int index) {
        await().atMost(Duration.ofSeconds(10)).until(() -> updates.size() > index);
        return updates.get(index);
    }

    void traffic(long fromClient, long toClient) {
        tor.reactor().run(() -> Streams.of(tor.model()).traffic(id, fromClient, toClient));
    }

    void clientCloses() {
        tor.reactor().run(() -> Streams.of(tor.model()).clientClosed(id));
    }

    void exitCloses() {
        tor.reactor().run(() -> Streams.of(tor.model()).exitClosed(id));
    }
}
