package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.socks.Requests.GREETING;
import static org.torconformance.socks.Requests.GREETING_OK;
import static org.torconformance.socks.Requests.reply;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.control.ControlModule;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksCommand;

/**
 * A model installed as StreamHooks sees every stream and decides it, as the circuits model will with
 * __LeaveStreamsUnattached, ATTACHSTREAM and CLOSESTREAM.
 */
class StreamHooksTest {
    /** Holds every stream until the test decides; records what the SOCKS side reports. */
    static final class HoldingHooks implements StreamHooks {
        final List<SocksStream> held = new CopyOnWriteArrayList<>();
        final List<String> changes = new CopyOnWriteArrayList<>();

        @Override
        public AddressMapping addressMapping() {
            return AddressMapping.NONE;
        }

        @Override
        public void streamOpened(SocksStream stream) {
            changes.add(stream.id() + " " + (stream.request().kind() == org.torconformance.socks.wire.SocksRequest.Kind.CONNECT
                    ? "NEW" : "NEWRESOLVE") + " " + stream.request().destination() + ":" + stream.request().port());
            held.add(stream);
        }

        @Override
        public void streamChanged(SocksStream stream, StreamStatus status, Optional<EndReason> reason) {
            changes.add(stream.id() + " " + status + reason.map(r -> " REASON=" + r).orElse(""));
        }
    }

    private static MockTor start(HoldingHooks hooks, Destination dest) {
        ControlModule install = model -> model.putPart(StreamHooks.class, hooks);
        return MockTor.builder().socksPort(0).module(m -> install)
                .socksRoute("web.test -> connect 127.0.0.1:" + dest.port()).start();
    }

    private static SocksStream awaitHeld(HoldingHooks hooks, int n) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> hooks.held.size() >= n);
        return hooks.held.get(n - 1);
    }

    @Test
    @DisplayName("CLOSESTREAM of a held CONNECT sends EndReason.toSocks5(): reason 7 gives REP 06")
    void closeHeldConnect() throws IOException {
        HoldingHooks hooks = new HoldingHooks();
        try (Destination dest = new Destination(); MockTor mock = start(hooks, dest);
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send(GREETING + Requests.connect("web.test", 80));
            assertEquals(GREETING_OK, client.read(2));
            SocksStream stream = awaitHeld(hooks, 1);
            mock.reactor().run(() -> stream.closeByController(EndReason.TIMEOUT));
            assertEquals(reply(6), RawSocks.hex(client.readToEnd()));
            long id = stream.id();
            assertEquals(List.of(id + " NEW web.test:80", id + " FAILED REASON=TIMEOUT", id + " CLOSED REASON=TIMEOUT"),
                    hooks.changes);
            assertEquals(new SocksOutcome.ClosedByController(EndReason.TIMEOUT),
                    mock.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow().outcome());
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of a held SOCKS4 RESOLVE gives 5B and only CLOSED")
    void closeHeldResolve() throws IOException {
        HoldingHooks hooks = new HoldingHooks();
        try (Destination dest = new Destination(); MockTor mock = start(hooks, dest);
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send(Requests.socks4a(SocksCommand.RESOLVE, "example.org", 0, ""));
            SocksStream stream = awaitHeld(hooks, 1);
            mock.reactor().run(() -> stream.closeByController(EndReason.CONNECTREFUSED));
            assertEquals("005b000000000000", RawSocks.hex(client.readToEnd()));
            assertEquals(List.of(stream.id() + " NEWRESOLVE example.org:0", stream.id() + " CLOSED REASON=CONNECTREFUSED"),
                    hooks.changes);
        }
    }

    @Test
    @DisplayName("attaching a held stream later applies the route: it connects and relays")
    void attachLater() throws Exception {
        HoldingHooks hooks = new HoldingHooks();
        try (Destination dest = new Destination(); MockTor mock = start(hooks, dest);
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send(GREETING + Requests.connect("web.test", 80) + Requests.ascii("hello"));
            SocksStream stream = awaitHeld(hooks, 1);
            mock.reactor().run(() -> stream.apply(mock.model().part(RouteTable.class).decide(stream.request().destination())));
            java.net.Socket server = dest.accept();
            assertEquals("hello", new String(server.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(GREETING_OK + reply(0), client.read(12));
            server.close();
            client.readToEnd();
            long id = stream.id();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> hooks.changes.contains(id + " CLOSED REASON=DONE"));
            assertEquals(List.of(id + " NEW web.test:80", id + " SENTCONNECT", id + " SUCCEEDED", id + " CLOSED REASON=DONE"),
                    new ArrayList<>(hooks.changes));
        }
    }

    @Test
    @DisplayName("CLOSESTREAM of an open stream closes both sides")
    void closeOpenStream() throws Exception {
        HoldingHooks hooks = new HoldingHooks();
        try (Destination dest = new Destination(); MockTor mock = start(hooks, dest);
                RawSocks client = new RawSocks(mock.socksPort())) {
            client.send(GREETING + Requests.connect("web.test", 80));
            SocksStream stream = awaitHeld(hooks, 1);
            mock.reactor().run(() -> stream.connect(dest.port()));
            java.net.Socket server = dest.accept();
            assertEquals(GREETING_OK + reply(0), client.read(12));
            mock.reactor().run(() -> stream.closeByController(EndReason.MISC));
            assertEquals(0, client.readToEnd().length);
            assertEquals(0, Destination.readToEnd(server).length);
        }
    }
}
