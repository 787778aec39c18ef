package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** A mock and one authenticated controller, with helpers to read what follows a command. */
record EventSession(MockTor tor, RawControlClient client) implements AutoCloseable {
    static final Duration QUIET = Duration.ofMillis(300);
    static final Duration WAIT = Duration.ofSeconds(5);

    /** Options as name/value pairs; a null value leaves the option out (tor's default applies). */
    static EventSession start(String... options) {
        MockTor.Builder b = MockTor.builder();
        for (int i = 0; i + 1 < options.length; i += 2) {
            if (options[i + 1] != null) {
                b.option(options[i], options[i + 1]);
            }
        }
        MockTor tor = b.start();
        return new EventSession(tor, connect(tor));
    }

    /** Like LiveTor's default tor: no network, no SOCKS port. */
    static EventSession offline(String... more) {
        List<String> options = new ArrayList<>(List.of("DisableNetwork", "1", "SocksPort", "0"));
        options.addAll(List.of(more));
        return start(options.toArray(String[]::new));
    }

    static RawControlClient connect(MockTor tor) {
        RawControlClient c = RawControlClient.connect(tor.controlPort());
        assertEquals(Reply.ok(), c.command("AUTHENTICATE"));
        c.drain(Duration.ZERO, Duration.ZERO);
        return c;
    }

    /** Sends {@code line} and returns everything that arrives until the connection is quiet. */
    String exchange(String line) {
        client.send(line + "\r\n");
        String bytes = client.drain(QUIET, WAIT).latin1();
        forgetFrames();
        return bytes;
    }

    /** The bytes were read raw; drop their decoded frames so a later {@link #ok} reads its own reply. */
    private void forgetFrames() {
        while (client.nextFrame(Duration.ZERO).isPresent()) {
            // already seen as bytes
        }
        while (client.nextEvent(Duration.ZERO).isPresent()) {
            // already seen as bytes
        }
    }

    /** Sends {@code line}, expects {@code 250 OK}, and forgets the reply's bytes. */
    void ok(String line) {
        assertEquals(Reply.ok(), client.command(line), line);
        client.drain(Duration.ZERO, Duration.ZERO);
    }

    /** The text of the next event (after {@code 650 }), or empty if none comes within the wait. */
    Optional<String> nextEvent(Duration wait) {
        return client.nextEvent(wait).map(r -> r.encode().latin1()).map(s -> s.substring(4, s.length() - 2));
    }

    String nextEvent() {
        return nextEvent(WAIT).orElseThrow(() -> new AssertionError("no event within " + WAIT));
    }

    <T> T onReactor(java.util.concurrent.Callable<T> task) {
        return tor.reactor().call(task);
    }

    @Override
    public void close() {
        client.close();
        tor.close();
    }
}
