package org.torconformance.control.circuits;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** A raw, authenticated controller connection for these tests, collecting events as they come. */
public final class Controller implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final RawControlClient client;
    private final List<String> events = new ArrayList<>();

    public Controller(int port, String authenticate) {
        client = RawControlClient.connect(port);
        Reply r = client.command(authenticate);
        if (r.status() != 250) {
            throw new IllegalStateException("authentication failed: " + r);
        }
    }

    /** The reply's bytes as text, CRLFs included. */
    public String command(String line) {
        return client.command(line).encode().latin1();
    }

    public Reply reply(String line) {
        return client.command(line);
    }

    /** Sends {@code line} and returns the first frame that arrives, reply or event, as text. */
    public String firstFrameAfter(String line) {
        client.send(line + "\r\n");
        return client.nextFrame(WAIT).map(f -> f instanceof Reply r ? r.encode().latin1() : f.toString()).orElseThrow();
    }

    /** The next reply to a command sent with {@link #send}. */
    public String nextReply() {
        return client.nextReply(WAIT).orElseThrow().encode().latin1();
    }

    public void send(String raw) {
        client.send(raw);
    }

    /** Waits until an event line matching {@code p} has arrived and returns it. */
    public String awaitEvent(Predicate<String> p) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> {
            drain();
            return events.stream().anyMatch(p);
        });
        return events.stream().filter(p).findFirst().orElseThrow();
    }

    /** Every event line seen so far, without the {@code 650 } prefix and CRLF. */
    public List<String> events() {
        drain();
        return List.copyOf(events);
    }

    private void drain() {
        while (true) {
            Optional<Reply> e = client.nextEvent(Duration.ofMillis(1));
            if (e.isEmpty()) {
                return;
            }
            String text = e.get().encode().latin1();
            events.add(text.substring(4, text.length() - 2));
        }
    }

    public void clearEvents() {
        drain();
        events.clear();
    }

    public boolean awaitClosed() {
        return client.awaitClosed(WAIT);
    }

    @Override
    public void close() {
        client.close();
    }
}
