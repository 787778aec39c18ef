package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.bridge.Bridged.ISO;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;

/** MAPADDRESS and MapAddress lines apply to SOCKS requests: the session, the REMAP event and the route agree. */
class MappedRequestsTest {

    @Test
    @DisplayName("a CONNECT to a MAPADDRESS'd name: REMAP SOURCE=CACHE, and the route of the target is taken")
    void connectToMappedName() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            assertEquals("250 web.alias=web.test\r\n", m.log.command("MAPADDRESS web.alias=web.test"));
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "web.alias", 80),
                    HttpDestination.request("web.alias"));
            String page = new String(c.readAll(), StandardCharsets.ISO_8859_1);
            assertTrue(page.endsWith(HttpDestination.BODY), page);
            long id = m.log.awaitNew("web.alias:80");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEW 0 web.alias:80 SOURCE_ADDR=127.0.0.1:" + c.localPort() + " PURPOSE=USER " + ISO,
                    "STREAM " + id + " REMAP 0 web.test:80 SOURCE=CACHE " + ISO,
                    "STREAM " + id + " SENTCONNECT 1 web.test:80 " + ISO,
                    "STREAM " + id + " REMAP 1 127.0.0.1:80 SOURCE=EXIT " + ISO,
                    "STREAM " + id + " SUCCEEDED 1 127.0.0.1:80 " + ISO,
                    "STREAM " + id + " CLOSED 1 127.0.0.1:80 REASON=END REMOTE_REASON=DONE " + ISO),
                    m.log.stream(id));
            SocksJournalEntry.Request entry = m.tor.socksJournal()
                    .awaitOutcome(r -> r.host().equals("web.alias"), Duration.ofSeconds(5)).orElseThrow();
            assertEquals(Optional.of("web.test"), entry.destination());
        }
    }

    @Test
    @DisplayName("a MapAddress line of the torrc applies as well")
    void configuredMapping() throws Exception {
        try (Bridged m = Bridged.start(b -> b.option("MapAddress", "cfg.alias web.test")); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "cfg.alias", 80));
            assertEquals("050005000001000000000000", c.read(12));
            long id = m.log.awaitNew("cfg.alias:80");
            assertEquals("STREAM " + id + " REMAP 0 web.test:80 SOURCE=CACHE " + ISO, m.log.stream(id).get(1));
        }
    }

    @Test
    @DisplayName("RESOLVE of a name mapped to an address answers that address at once, as tor 0.4.9.11 does")
    void resolveOfMappedName() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            m.log.command("MAPADDRESS foo.test=5.6.7.8");
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.RESOLVE, "foo.test", 0));
            assertEquals("0500" + "05000001" + "05060708" + "0000", c.readToEnd());
            long id = m.log.awaitNew("foo.test:0");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEWRESOLVE 0 foo.test:0 SOURCE_ADDR=127.0.0.1:" + c.localPort()
                            + " PURPOSE=DNS_REQUEST " + ISO,
                    "STREAM " + id + " REMAP 0 5.6.7.8:0 SOURCE=CACHE " + ISO,
                    "STREAM " + id + " CLOSED 0 foo.test:0 REASON=DONE " + ISO),
                    m.log.stream(id));
            assertEquals(List.of("ADDRMAP foo.test 5.6.7.8 NEVER CACHED=\"YES\""),
                    m.log.all().stream().filter(e -> e.startsWith("ADDRMAP")).toList(), "only MAPADDRESS's own");
        }
    }

    @Test
    @DisplayName("RESOLVE of an address literal is answered by tor itself: NEWRESOLVE, CLOSED DONE")
    void resolveOfAddress() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.RESOLVE, SocksAddress.ipv4(1, 2, 3, 4), 0));
            assertEquals("0500" + "05000001" + "01020304" + "0000", c.readToEnd());
            long id = m.log.awaitNew("1.2.3.4:0");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEWRESOLVE 0 1.2.3.4:0 SOURCE_ADDR=127.0.0.1:" + c.localPort()
                            + " PURPOSE=DNS_REQUEST " + ISO,
                    "STREAM " + id + " CLOSED 0 1.2.3.4:0 REASON=DONE " + ISO),
                    m.log.stream(id));
        }
    }

    @Test
    @DisplayName("a mapped address is no DNS leak and no DANGEROUS_SOCKS; unmapping sends the name to the exit again")
    void mappedAddressAndUnmapping() throws Exception {
        try (Bridged m = Bridged.start()) {
            m.log.command("MAPADDRESS 10.9.8.7=web.test");
            try (SocksClient c = m.client()) {
                c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, SocksAddress.ipv4(10, 9, 8, 7), 80));
                assertEquals("050005000001000000000000", c.read(12));
            }
            SocksJournalEntry.Request mapped = m.tor.socksJournal()
                    .awaitOutcome(r -> r.host().equals("10.9.8.7"), Duration.ofSeconds(5)).orElseThrow();
            assertEquals(false, mapped.dnsLeak(), mapped.leakNote());
            assertEquals(List.of(), mapped.events());

            m.log.command("MAPADDRESS 10.9.8.7=10.9.8.7");
            try (SocksClient c = m.client()) {
                c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, SocksAddress.ipv4(10, 9, 8, 7), 80));
                assertEquals("050005040001000000000000", c.readToEnd(), "unrouted address: END NOROUTE, host unreachable");
            }
        }
    }

    @Test
    @DisplayName("SIGNAL CLEARDNSCACHE drops only cached answers: MAPADDRESS mappings still apply to SOCKS")
    void clearDnsCacheKeepsMappings() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            m.log.command("MAPADDRESS kept.alias=web.test");
            assertEquals("250 OK\r\n", m.log.command("SIGNAL CLEARDNSCACHE"));
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.CONNECT, "kept.alias", 80));
            assertEquals("050005000001000000000000", c.read(12));
        }
    }
}
