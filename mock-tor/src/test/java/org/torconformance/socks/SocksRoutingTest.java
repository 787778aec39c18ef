package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.Requests.GREETING;
import static org.torconformance.socks.Requests.GREETING_OK;
import static org.torconformance.socks.Requests.reply;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.route.FaultKind;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksPortOptions;

/** What clients get for each kind of rule, byte for byte. */
class SocksRoutingTest {
    private static Destination dest;
    private static MockTor mock;
    private static int plain;
    private static int extended;

    @BeforeAll
    static void start() throws IOException {
        dest = new Destination();
        mock = MockTor.builder()
                .socksPort(0)
                .socksPort(0, SocksSetup.MOCK_DEFAULTS.withExtendedErrors(true))
                .socksRoute("web.test -> connect 127.0.0.1:" + dest.port())
                .socksRoute("*.onion -> refuse 0xF2")
                .socksRoute("policy.test -> refuse 4")
                .socksRoute("dns.test -> resolve 192.0.2.1")
                .socksRoute("v6.test -> resolve [2001:db8::5]")
                .socksRoute("192.0.2.1 -> resolve dns.test")
                .socksRoute("slow.test -> delay 300ms then refuse 0x05")
                .socksRoute("close.test -> fault close")
                .socksRoute("reset.test -> fault reset")
                .socksRoute("junk.test -> fault garbage 48454c4c4f")
                .socksRoute("hang.test -> fault no-reply")
                .start();
        plain = mock.socksPorts().get(0);
        extended = mock.socksPorts().get(1);
    }

    @AfterAll
    static void stop() throws IOException {
        mock.close();
        dest.close();
    }

    @BeforeEach
    void clearJournal() {
        mock.socksJournal().reset();
    }

    private static String exchange(int port, String... writes) throws IOException {
        try (RawSocks c = new RawSocks(port)) {
            for (String w : writes) {
                c.send(w);
            }
            return RawSocks.hex(c.readToEnd());
        }
    }

    private static SocksJournalEntry.Request lastOutcome() {
        return mock.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow();
    }

    @Test
    @DisplayName("an unknown destination is unreachable: REP 04, SOCKS4 5B; an IP gets NOROUTE, a name RESOLVEFAILED")
    void unreachable() throws IOException {
        assertEquals(GREETING_OK + reply(4), exchange(plain, GREETING + Requests.connect("example.com", 80)));
        assertEquals(new SocksOutcome.Refused(EndReason.RESOLVEFAILED, 4), lastOutcome().outcome());
        mock.socksJournal().reset();
        assertEquals("005b000000000000", exchange(plain, Requests.socks4a(SocksCommand.CONNECT, "example.com", 80, "")));
        mock.socksJournal().reset();
        assertEquals(GREETING_OK + reply(4),
                exchange(plain, GREETING + Requests.socks5Ip(SocksCommand.CONNECT, SocksAddress.ipv4(192, 0, 2, 99), 80)));
        assertEquals(new SocksOutcome.Refused(EndReason.NOROUTE, 4), lastOutcome().outcome());
    }

    @Test
    @DisplayName("refuse 0xF2 sends F2 only on an ExtendedErrors port; elsewhere the END reason's code (04)")
    void extendedErrorsPerPort() throws IOException {
        String request = GREETING + Requests.connect(Requests.VALID_ONION, 80);
        assertEquals(GREETING_OK + reply(0xF2), exchange(extended, request));
        assertEquals(GREETING_OK + reply(0x04), exchange(plain, request));
    }

    @Test
    @DisplayName("refuse 4 is END EXITPOLICY: REP 02, SOCKS4 5B")
    void endReasonRefusal() throws IOException {
        assertEquals(GREETING_OK + reply(2), exchange(plain, GREETING + Requests.connect("policy.test", 443)));
        assertEquals("005b000000000000", exchange(plain, Requests.socks4a(SocksCommand.CONNECT, "policy.test", 443, "u")));
    }

    @Test
    @DisplayName("RESOLVE answers from resolve and connect rules, fails for the unknown; RESOLVE_PTR names")
    void resolves() throws IOException {
        assertEquals(GREETING_OK + "05000001c00002010000", exchange(plain, GREETING + Requests.resolve("dns.test")));
        assertEquals("005a0000c0000201", exchange(plain, Requests.socks4a(SocksCommand.RESOLVE, "dns.test", 0, "")));
        assertEquals(GREETING_OK + "0500000420010db8000000000000000000000005" + "0000",
                exchange(plain, GREETING + Requests.resolve("v6.test")));
        assertEquals(GREETING_OK + "050000017f0000010000", exchange(plain, GREETING + Requests.resolve("web.test")));
        assertEquals(GREETING_OK + "05040000000000000000", exchange(plain, GREETING + Requests.resolve("nowhere.example")));
        assertEquals(GREETING_OK + "0500000308" + Requests.ascii("dns.test") + "0000",
                exchange(plain, GREETING + Requests.socks5Ip(SocksCommand.RESOLVE_PTR, SocksAddress.ipv4(192, 0, 2, 1), 0)));
        assertEquals(GREETING_OK + "0500000308" + Requests.ascii("web.test") + "0000",
                exchange(plain, GREETING + Requests.socks5Ip(SocksCommand.RESOLVE_PTR, SocksAddress.ipv4(127, 0, 0, 1), 0)));
        assertEquals(GREETING_OK + reply(4), exchange(plain, GREETING + Requests.connect("dns.test", 80)));
    }

    @Test
    @DisplayName("delay then refuse: the reply comes no sooner than the delay")
    void delay() throws IOException {
        long start = System.nanoTime();
        assertEquals(GREETING_OK + reply(5), exchange(plain, GREETING + Requests.connect("slow.test", 80)));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
    }

    @Test
    @DisplayName("faults: close and reset without a reply, garbage bytes, or no reply at all")
    void faults() throws IOException {
        assertEquals(GREETING_OK, exchange(plain, GREETING, Requests.connect("close.test", 80)));
        assertEquals(new SocksOutcome.Faulted(FaultKind.CLOSE), lastOutcome().outcome());
        try (RawSocks c = new RawSocks(plain)) {
            c.send(GREETING);
            assertEquals(GREETING_OK, c.read(2));
            c.send(Requests.connect("reset.test", 80));
            assertTrue(c.closedWithin(5_000));
        }
        assertEquals(GREETING_OK + "48454c4c4f", exchange(plain, GREETING, Requests.connect("junk.test", 80)));
        try (RawSocks c = new RawSocks(plain)) {
            c.send(GREETING + Requests.connect("hang.test", 80));
            assertEquals(GREETING_OK, c.read(2));
            assertFalse(c.closedWithin(400), "no-reply keeps the connection open and silent");
        }
    }

    @Test
    @DisplayName("stock tor options refuse localhost before routing (PRIVATE_ADDR, REP 01); the mock's defaults allow it")
    void privateAddresses() throws IOException {
        try (MockTor stock = MockTor.builder().socksPort(0).socksOptions(SocksPortOptions.defaults()).start()) {
            assertEquals(GREETING_OK + reply(1), exchange(stock.socksPort(), GREETING + Requests.connect("localhost", 80)));
            assertEquals(new SocksOutcome.RejectedByTor(1),
                    stock.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow().outcome());
        }
        try (RawSocks c = new RawSocks(plain)) {
            c.send(GREETING + Requests.connect("localhost", dest.port()));
            assertEquals(GREETING_OK + reply(0), c.read(12));
        }
    }

    @Test
    @DisplayName("SocksTimeout ends a stream still pending with END TIMEOUT: REP 06, RESOLVE failure")
    void socksTimeoutOnPendingStream() throws IOException {
        try (MockTor quick = MockTor.builder().socksPort(0).socksTimeout(Duration.ofMillis(600))
                .socksRoute("late.test -> delay 1m then connect 127.0.0.1:9").start()) {
            long start = System.nanoTime();
            assertEquals(GREETING_OK + reply(6), exchange(quick.socksPort(), GREETING + Requests.connect("late.test", 80)));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(600).toNanos());
            assertEquals(new SocksOutcome.TimedOut(6),
                    quick.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow().outcome());
            assertEquals(GREETING_OK + "05040000000000000000",
                    exchange(quick.socksPort(), GREETING + Requests.resolve("late.test")));
        }
    }
}
