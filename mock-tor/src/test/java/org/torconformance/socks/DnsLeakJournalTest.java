package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.Requests.GREETING;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;

/** The journal records what each client sent, and flags the clients that resolved names themselves. */
class DnsLeakJournalTest {
    private static Destination dest;
    private static MockTor mock;

    @BeforeAll
    static void start() throws IOException {
        dest = new Destination();
        mock = MockTor.builder().socksPort(0)
                .socksRoute("web.test -> connect 127.0.0.1:" + dest.port())
                .socksRoute("192.0.2.7 -> connect 127.0.0.1:" + dest.port())
                .socksRoute("far.test -> resolve 198.18.0.9")
                .socksRoute("site.test -> connect 127.0.0.1:" + dest.port() + " as 198.18.0.20")
                .option("MapAddress", "10.9.8.7 web.test")
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        mock.close();
        dest.close();
    }

    @BeforeEach
    void reset() {
        mock.socksJournal().reset();
    }

    private static SocksJournalEntry.Request send(String... writes) throws IOException {
        try (RawSocks c = new RawSocks(mock.socksPort())) {
            for (String w : writes) {
                c.send(w);
            }
            return mock.socksJournal().awaitOutcome(r -> true, Duration.ofSeconds(5)).orElseThrow();
        }
    }

    @Test
    @DisplayName("a hostname is clean, and the entry holds version, command, address type, host, port, credentials")
    void hostnameIsClean() throws IOException {
        SocksJournalEntry.Request r = send("050102", Requests.auth("alice", "s3cret"), Requests.connect("web.test", 8080));
        assertFalse(r.dnsLeak(), r.leakNote());
        assertEquals(SocksRequest.SocksVersion.SOCKS5, r.version());
        assertEquals(SocksCommand.CONNECT, r.command());
        assertEquals(SocksJournalEntry.AddressType.HOSTNAME, r.addressType());
        assertEquals("web.test", r.host());
        assertEquals(8080, r.port());
        assertEquals(Optional.of("alice"), r.username());
        assertEquals(Optional.of("s3cret"), r.password());
        assertEquals(Optional.of("web.test"), r.destination());
        assertEquals(Optional.of("web.test -> connect 127.0.0.1:" + dest.port()), r.route());
        assertEquals(new SocksOutcome.Connected(dest.port()), r.outcome());
    }

    @Test
    @DisplayName("SOCKS5 with 127.0.0.1 is a leak: the client resolved a name the mock knows only by name")
    void socks5AddressLeaks() throws IOException {
        SocksJournalEntry.Request r = send(GREETING + Requests.socks5Ip(SocksCommand.CONNECT,
                SocksAddress.ipv4(127, 0, 0, 1), dest.port()));
        assertTrue(r.dnsLeak());
        assertTrue(r.leakNote().contains("web.test"), r.leakNote());
        assertEquals(SocksJournalEntry.AddressType.IPV4, r.addressType());
        assertEquals(new SocksOutcome.Connected(dest.port()), r.outcome(), "the leaking client still gets through");
        assertEquals(r.events().toString(), "[DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=127.0.0.1:" + dest.port() + "]");
    }

    @Test
    @DisplayName("SOCKS4 leaks, SOCKS4a does not; the user id is the isolation username")
    void socks4AndSocks4a() throws IOException {
        SocksJournalEntry.Request four = send(Requests.socks4(SocksCommand.CONNECT, SocksAddress.ipv4(127, 0, 0, 1),
                dest.port(), "bob"));
        assertTrue(four.dnsLeak());
        assertEquals(SocksRequest.SocksVersion.SOCKS4, four.version());
        assertEquals(Optional.of("bob"), four.username());
        mock.socksJournal().reset();
        SocksJournalEntry.Request fourA = send(Requests.socks4a(SocksCommand.CONNECT, "web.test", 80, "bob"));
        assertFalse(fourA.dnsLeak());
        assertEquals(SocksRequest.SocksVersion.SOCKS4A, fourA.version());
    }

    @Test
    @DisplayName("not leaks: an address a rule names by address, a MAPADDRESS'd address, RESOLVE_PTR")
    void declaredAddresses() throws IOException {
        SocksJournalEntry.Request declared = send(GREETING + Requests.socks5Ip(SocksCommand.CONNECT,
                SocksAddress.ipv4(192, 0, 2, 7), 80));
        assertFalse(declared.dnsLeak(), declared.leakNote());
        assertEquals(new SocksOutcome.Connected(dest.port()), declared.outcome());
        mock.socksJournal().reset();
        SocksJournalEntry.Request mapped = send(GREETING + Requests.socks5Ip(SocksCommand.CONNECT,
                SocksAddress.ipv4(10, 9, 8, 7), 80));
        assertFalse(mapped.dnsLeak(), mapped.leakNote());
        assertEquals(Optional.of("web.test"), mapped.destination(), "the address map rewrote it");
        assertEquals(java.util.List.of(), mapped.events(), "tor emits no DANGEROUS_SOCKS for a mapped address");
        mock.socksJournal().reset();
        SocksJournalEntry.Request ptr = send(GREETING + Requests.socks5Ip(SocksCommand.RESOLVE_PTR,
                SocksAddress.ipv4(127, 0, 0, 1), 0));
        assertFalse(ptr.dnsLeak());
    }

    @Test
    @DisplayName("an address written in the hostname field is a leak too; RESOLVE of a literal is journaled")
    void addressInHostnameField() throws IOException {
        SocksJournalEntry.Request r = send(GREETING + Requests.connect("127.0.0.1", dest.port()));
        assertTrue(r.dnsLeak());
        assertEquals(SocksJournalEntry.AddressType.HOSTNAME, r.addressType());
        mock.socksJournal().reset();
        SocksJournalEntry.Request resolve = send(GREETING + Requests.socks5Ip(SocksCommand.RESOLVE,
                SocksAddress.ipv4(1, 2, 3, 4), 0));
        assertEquals(new SocksOutcome.Resolved(SocksAddress.ipv4(1, 2, 3, 4)), resolve.outcome());
        assertTrue(resolve.dnsLeak());
    }

    @Test
    @DisplayName("an address the mock gave out in a RESOLVE answer is not a leak afterwards (torsocks' way)")
    void addressLearnedThroughTor() throws IOException {
        String connect = GREETING + Requests.socks5Ip(SocksCommand.CONNECT, SocksAddress.ipv4(198, 18, 0, 9), 80);
        assertTrue(send(connect).dnsLeak(), "before any RESOLVE the address can only come from the client's resolver");
        mock.socksJournal().reset();
        assertEquals(new SocksOutcome.Resolved(SocksAddress.ipv4(198, 18, 0, 9)),
                send(GREETING + Requests.resolve("far.test")).outcome());
        mock.socksJournal().reset();
        SocksJournalEntry.Request after = send(connect);
        assertFalse(after.dnsLeak(), after.leakNote());
        assertTrue(after.leakNote().contains("RESOLVE"), after.leakNote());
    }

    @Test
    @DisplayName("a site with an address of its own: RESOLVE answers it, and a CONNECT to it reaches the site")
    void siteWithAnAddress() throws IOException {
        String connect = GREETING + Requests.socks5Ip(SocksCommand.CONNECT, SocksAddress.ipv4(198, 18, 0, 20), 80);
        SocksJournalEntry.Request leaked = send(connect);
        assertTrue(leaked.dnsLeak(), leaked.leakNote());
        assertTrue(leaked.leakNote().contains("site.test"), leaked.leakNote());
        assertEquals(new SocksOutcome.Connected(dest.port()), leaked.outcome());
        mock.socksJournal().reset();
        assertEquals(new SocksOutcome.Resolved(SocksAddress.ipv4(198, 18, 0, 20)),
                send(GREETING + Requests.resolve("site.test")).outcome());
        mock.socksJournal().reset();
        SocksJournalEntry.Request learned = send(connect);
        assertFalse(learned.dnsLeak(), learned.leakNote());
        assertEquals(new SocksOutcome.Connected(dest.port()), learned.outcome());
    }

    @Test
    @DisplayName("handshakes that end without a request are journaled with what was sent and why they ended")
    void handshakes() throws IOException {
        try (RawSocks c = new RawSocks(mock.socksPort())) {
            c.send("ff00ff");
            assertTrue(c.closedWithin(5_000));
        }
        try (RawSocks c = new RawSocks(mock.socksPort())) {
            c.send("0501");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> mock.socksJournal().handshakes().size() == 2);
        var all = mock.socksJournal().handshakes();
        assertEquals(SocksJournalEntry.HandshakeEnd.PROTOCOL_ERROR, all.get(0).end());
        assertEquals("ff00ff", RawSocks.hex(all.get(0).received()));
        assertEquals(java.util.List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\\377\"\""), all.get(0).events());
        assertEquals(SocksJournalEntry.HandshakeEnd.CLIENT_CLOSED, all.get(1).end());
        assertEquals(Set.of(), Set.copyOf(mock.socksJournal().requests()));
    }

    @Test
    @DisplayName("takeRequest hands out requests once each, in arrival order")
    void takeRequest() throws IOException {
        send(GREETING + Requests.connect("web.test", 1));
        send(GREETING + Requests.connect("other.test", 2));
        assertEquals(1, mock.socksJournal().takeRequest(Duration.ofSeconds(1)).orElseThrow().port());
        assertEquals(2, mock.socksJournal().takeRequest(Duration.ofSeconds(1)).orElseThrow().port());
        assertEquals(Optional.empty(), mock.socksJournal().takeRequest(Duration.ofMillis(50)));
    }
}
