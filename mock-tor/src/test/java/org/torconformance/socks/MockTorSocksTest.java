package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.Requests.GREETING;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.control.events.ListenerAddresses;
import org.torconformance.client.RawControlClient;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.StatusEvent;

/** The SOCKS port as part of a whole mock: builder, model parts, configuration, control-port events. */
class MockTorSocksTest {
    @Test
    @DisplayName("SOCKS STATUS_CLIENT events reach subscribed controllers with tor's bytes")
    void statusClientEvents() throws IOException {
        try (MockTor mock = MockTor.builder().socksPort(0).start();
                RawControlClient control = RawControlClient.connect(mock.controlPort())) {
            assertEquals(250, control.command("AUTHENTICATE").status());
            // The mock walks its bootstrap (STATUS_CLIENT BOOTSTRAP events) in its first few hundred ms.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    control.command("GETINFO status/bootstrap-phase").first().text().latin1().contains("PROGRESS=100"));
            // SETEVENTS belongs to another module; subscribe the session the way SETEVENTS would.
            mock.reactor().run(() -> mock.model().sessions().forEach(s -> s.setSubscriptions(java.util.Set.of("STATUS_CLIENT"))));
            try (RawSocks c = new RawSocks(mock.socksPort())) {
                c.send("ff00ff");
                assertTrue(c.closedWithin(5_000));
            }
            Reply unknown = control.nextEvent(Duration.ofSeconds(5)).orElseThrow();
            assertEquals("650 STATUS_CLIENT WARN SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\\377\"\"\r\n", unknown.encode().latin1());
            StatusEvent typed = (StatusEvent) Events.parse(unknown);
            assertEquals("SOCKS_UNKNOWN_PROTOCOL", typed.action());
            try (RawSocks c = new RawSocks(mock.socksPort())) {
                c.send(GREETING + Requests.socks5Ip(SocksCommand.CONNECT, SocksAddress.ipv4(1, 2, 3, 4), 443));
                c.readToEnd();
            }
            assertEquals("650 STATUS_CLIENT WARN DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=1.2.3.4:443\r\n",
                    control.nextEvent(Duration.ofSeconds(5)).orElseThrow().encode().latin1());
        }
    }

    @Test
    @DisplayName("the model knows the listeners (net/listeners/socks) and the SocksPort lines")
    void modelParts() {
        try (MockTor mock = MockTor.builder().socksPort(0).socksPort(0, SocksSetup.MOCK_DEFAULTS.withExtendedErrors(true))
                .start()) {
            List<Integer> ports = mock.socksPorts();
            assertEquals(2, ports.size());
            List<String> listeners = mock.reactor().call(
                    () -> ListenerAddresses.of(mock.model()).addresses(ListenerAddresses.Type.SOCKS));
            assertEquals(List.of("127.0.0.1:" + ports.get(0), "127.0.0.1:" + ports.get(1)), listeners);
            assertEquals(List.of("127.0.0.1:" + ports.get(0), "127.0.0.1:" + ports.get(1) + " ExtendedErrors"),
                    mock.reactor().call(() -> mock.model().config().values("SocksPort")));
        }
    }

    @Test
    @DisplayName("without socksPort there is no listener and socksPort() says how to get one")
    void noSocksPort() {
        try (MockTor mock = MockTor.start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, mock::socksPort);
            assertTrue(e.getMessage().contains("socksPort(0)"));
            assertEquals(List.of(), mock.reactor().call(
                    () -> ListenerAddresses.of(mock.model()).addresses(ListenerAddresses.Type.SOCKS)));
        }
    }

    @Test
    @DisplayName("a bad route is refused when the mock is built, not when a client arrives")
    void badRoute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MockTor.builder().socksRoute("x.test -> connect 192.0.2.1:80"));
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test
    @DisplayName("the torrc option SocksTimeout wins over the builder's default")
    void socksTimeoutOption() throws IOException {
        try (MockTor mock = MockTor.builder().socksPort(0).option("SocksTimeout", "1").start();
                RawSocks c = new RawSocks(mock.socksPort())) {
            c.send("0501");
            assertTrue(c.closedWithin(4_000), "an unfinished handshake is closed after SocksTimeout");
            assertEquals(SocksJournalEntry.HandshakeEnd.TIMED_OUT, mock.socksJournal()
                    .await(e -> e instanceof SocksJournalEntry.Handshake, Duration.ofSeconds(2))
                    .map(e -> ((SocksJournalEntry.Handshake) e).end()).orElseThrow());
        }
    }

    @Test
    @DisplayName("global options (SafeSocks here) apply to the next connection, whatever the port's own flags")
    void globalOptions() throws IOException {
        String ipConnect = GREETING + Requests.socks5Ip(SocksCommand.CONNECT, SocksAddress.ipv4(192, 0, 2, 1), 80);
        try (MockTor mock = MockTor.builder().socksPort(0).option("SafeSocks", "1").start()) {
            try (RawSocks c = new RawSocks(mock.socksPort())) {
                c.send(ipConnect);
                // A parser-level refusal replaces the greeting's reply of the same read, as in tor.
                assertEquals(Requests.reply(2), RawSocks.hex(c.readToEnd()), "SafeSocks refuses IP literals");
            }
            mock.reactor().run(() -> mock.model().config().set("SafeSocks", "0"));
            try (RawSocks c = new RawSocks(mock.socksPort())) {
                c.send(ipConnect);
                assertEquals("0500" + Requests.reply(4), RawSocks.hex(c.readToEnd()), "routed, and unreachable");
            }
        }
    }

    @Test
    @DisplayName("routes added at run time apply to the next stream")
    void runtimeRoutes() throws IOException {
        try (MockTor mock = MockTor.builder().socksPort(0).start()) {
            mock.socksRoutes().add("late.example -> refuse 0x05");
            try (RawSocks c = new RawSocks(mock.socksPort())) {
                c.send(GREETING + Requests.connect("late.example", 80));
                assertEquals("0500" + Requests.reply(5), RawSocks.hex(c.readToEnd()));
            }
        }
    }
}
