package org.torconformance.control.addrmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.control.circuits.Controller;
import org.torconformance.control.circuits.Mocks;

/** MAPADDRESS, address-mappings/* and RESOLVE over the control port, with the texts tor 0.4.9.11 sent. */
class AddressCommandsTest {
    @Test
    void mapAddressAnswersPairByPairWithMixedCodes() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS ADDRMAP");
            assertEquals("512 syntax error: not enough arguments to mapaddress.\r\n", c.command("MAPADDRESS"));
            assertEquals("512 Bad arguments to MAPADDRESS: Cannot parse keyword argument(s)\r\n", c.command("MAPADDRESS a"));
            assertEquals("512 Bad arguments to MAPADDRESS: Cannot parse keyword argument(s)\r\n", c.command("MAPADDRESS a=\"b\""));
            assertEquals("250 1.2.3.4=torproject.org\r\n", c.command("MAPADDRESS 1.2.3.4=torproject.org"));
            String mixed = c.command("MAPADDRESS xxx=@@@ 0.0.0.0=bogus1.google.com x.com=*.y.com *=a");
            assertTrue(mixed.matches("512-syntax error: invalid address '@@@'\r\n"
                    + "250-127\\.\\d+\\.\\d+\\.\\d+=bogus1\\.google\\.com\r\n"
                    + "512-syntax error: invalid address mapping  'x\\.com=\\*\\.y\\.com': can only use wildcard \\(i\\.e\\. '\\*\\.'\\) "
                    + "if 'from' address uses wildcard also\r\n"
                    + "512 syntax error: invalid address mapping  '\\*=a': can't remap from or to \\*\r\n"), mixed);
            String virtual = c.command("MAPADDRESS ::=www.example.com .=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz234.onion");
            assertTrue(virtual.matches("250-\\[fe[89ab][0-9a-f]:[0-9a-f:]+\\]=www\\.example\\.com\r\n"
                    + "250 [a-z2-7]{16}\\.virtual=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz234\\.onion\r\n"), virtual);
            assertEquals("250 a=\r\n", c.command("MAPADDRESS a="));
            c.awaitEvent(e -> e.startsWith("ADDRMAP a  NEVER"));
            List<String> events = c.events();
            assertEquals("ADDRMAP 1.2.3.4 torproject.org NEVER CACHED=\"YES\"", events.get(0));
            assertEquals(5, events.size(), "one per mapping made, none for refusals: " + events);
            assertTrue(events.get(4).equals("ADDRMAP a  NEVER CACHED=\"YES\""), "tor maps to the empty string: " + events.get(4));
        }
    }

    @Test
    void addressMappingsListByOrigin() {
        try (MockTor tor = MockTor.builder().seed(3).option("DisableNetwork", "1").option("MapAddress", "conf.example 10.0.0.1").start(); Controller c = Mocks.controller(tor)) {
            c.command("MAPADDRESS *.a.com=*.b.com A.COM=B.COM");
            assertEquals("250+address-mappings/all=\r\nconf.example 10.0.0.1 NEVER\r\n*.a.com *.b.com NEVER\r\nA.COM B.COM NEVER\r\n.\r\n250 OK\r\n",
                    c.command("GETINFO address-mappings/all"));
            assertEquals("250-address-mappings/config=conf.example 10.0.0.1 NEVER\r\n250 OK\r\n", c.command("GETINFO address-mappings/config"));
            assertEquals("250-address-mappings/cache=\r\n250 OK\r\n", c.command("GETINFO address-mappings/cache"));
            assertEquals("250 A.COM=a.com\r\n", c.command("MAPADDRESS A.COM=a.com"), "X=X in any case removes the mapping");
            assertEquals("250-address-mappings/control=*.a.com *.b.com NEVER\r\n250 OK\r\n", c.command("GETINFO address-mappings/control"));
            assertEquals("552 Unrecognized key \"address-mappings/x\"\r\n", c.command("GETINFO address-mappings/x"));
            assertEquals("552 Unrecognized key \"addr-mappings/all\"\r\n", c.command("GETINFO addr-mappings/all"),
                    "the howto's addr-mappings/* is gone in 0.4.9");
            c.command("SETCONF MapAddress=\"other.example 10.0.0.2\"");
            assertEquals("250-address-mappings/config=other.example 10.0.0.2 NEVER\r\n250 OK\r\n",
                    c.command("GETINFO address-mappings/config"), "SETCONF replaces the torrc's mappings");
        }
    }

    @Test
    void resolveRepliesFirstAndAnswersWhatItCanWithoutNetwork() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM ADDRMAP");
            c.command("MAPADDRESS lc.com=9.9.9.9");
            c.clearEvents();
            assertEquals("250 OK\r\n", c.command("RESOLVE"));
            assertEquals("250 OK\r\n", c.firstFrameAfter("RESOLVE LC.COM foo.com x=ignored @@@"));
            c.awaitEvent(e -> e.startsWith("STREAM 5 CLOSED"));
            String fields = " CLIENT_PROTOCOL=UNKNOWN NYM_EPOCH=0 SESSION_GROUP=-3 "
                    + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH";
            List<String> e = c.events();
            assertTrue(e.get(0).matches("STREAM 3 NEWRESOLVE 0 LC\\.COM:0 SOURCE_ADDR=127\\.0\\.0\\.1:\\d+ PURPOSE=DNS_REQUEST" + fields), e.get(0));
            assertEquals("STREAM 3 REMAP 0 9.9.9.9:0 SOURCE=CACHE" + fields, e.get(1));
            assertTrue(e.get(2).matches("ADDRMAP lc\\.com 9\\.9\\.9\\.9 \"[^\"]+\" EXPIRES=\"[^\"]+\" CACHED=\"NO\" STREAMID=3"), e.get(2));
            assertTrue(e.get(3).startsWith("STREAM 4 NEWRESOLVE 0 foo.com:0 "), e.get(3));
            assertTrue(e.get(4).startsWith("STREAM 5 NEWRESOLVE 0 @@@:0 "));
            assertTrue(e.get(5).matches("ADDRMAP @@@ <error> \"[^\"]+\" error=yes EXPIRES=\"[^\"]+\" CACHED=\"NO\" STREAMID=5"), e.get(5));
            assertEquals("STREAM 3 CLOSED 0 lc.com:0 REASON=DONE" + fields, e.get(6), "closes come after the whole command");
            assertEquals("STREAM 5 CLOSED 0 @@@:0 REASON=TORPROTOCOL" + fields, e.get(7));
            assertEquals("250-stream-status=4 NEWRESOLVE 0 foo.com:0\r\n250 OK\r\n", c.command("GETINFO stream-status"),
                    "with the network disabled the lookup waits");
            assertEquals("512 Bad arguments to RESOLVE: Cannot parse keyword argument(s)\r\n", c.command("RESOLVE \"x\""));
            c.clearEvents();
            c.command("RESOLVE LC.COM mode=reverse");
            c.awaitEvent(x -> x.startsWith("STREAM 6 NEWRESOLVE 0 LC.COM:0 "));
            assertEquals("250+stream-status=\r\n4 NEWRESOLVE 0 foo.com:0\r\n6 NEWRESOLVE 0 lc.com:0\r\n.\r\n250 OK\r\n",
                    c.command("GETINFO stream-status"), "mode=reverse applies to every name, and reverse lookups use no mapping");
        }
    }

    @Test
    void resolveRefusesWhatTorRefuses() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            String[][] cases = {{"foo.onion", "TORPROTOCOL"}, {"foo.bar.exit", "TORPROTOCOL"}, {"127.196.61.29", "INTERNAL"},
                {"foo.virtual", "INTERNAL"}, {"a%b", "TORPROTOCOL"}, {"mode=reverse [::1]", "SOCKS_PROTOCOL"},
                {"mode=reverse 10.0.0.1", "SOCKS_PROTOCOL"}, {"mode=reverse 2606:4700::1111", " UNKNOWN_264"},
                {"mode=reverse x.exit", "TORPROTOCOL"}};
            for (String[] k : cases) {
                c.clearEvents();
                c.command("RESOLVE " + k[0]);
                String closed = c.awaitEvent(e -> e.contains(" CLOSED "));
                assertTrue(closed.contains(" REASON=" + k[1] + " "), k[0] + ": " + closed);
            }
            c.clearEvents();
            c.command("RESOLVE 127.0.0.1");
            assertTrue(c.awaitEvent(e -> e.contains(" CLOSED ")).contains(" REASON=DONE "), "an IP address answers itself");
        }
    }

    @Test
    void resolveThroughTheNetworkAnswersWithTheExitsAddress() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM ADDRMAP");
            c.command("RESOLVE localhost nowhere.invalid mode=reverse");
            c.awaitEvent(e -> e.startsWith("STREAM 5 CLOSED"));
            List<String> e = c.events().stream().filter(x -> x.contains("STREAMID=4") || x.startsWith("STREAM 4")).toList();
            assertEquals(List.of("NEWRESOLVE", "SENTRESOLVE"), e.subList(0, 2).stream().map(x -> x.split(" ")[2]).toList());
            assertTrue(e.get(1).startsWith("STREAM 4 SENTRESOLVE 1 localhost:0 "));
            assertTrue(e.get(2).matches("ADDRMAP localhost <error> .* STREAMID=4"), "reverse lookups fail at the exit: " + e);
            c.clearEvents();
            c.command("RESOLVE localhost");
            c.awaitEvent(x -> x.contains(" CLOSED "));
            List<String> f = c.events();
            assertTrue(f.get(2).matches("ADDRMAP localhost 127\\.0\\.0\\.1 \"[^\"]+\" EXPIRES=\"[^\"]+\" CACHED=\"NO\" STREAMID=6"), f.toString());
            assertTrue(f.get(3).startsWith("STREAM 6 REMAP 1 127.0.0.1:0 SOURCE=EXIT "), f.toString());
            assertTrue(f.get(4).startsWith("STREAM 6 CLOSED 1 127.0.0.1:0 REASON=DONE "), f.toString());
        }
    }

    @Test
    void clearDnsCacheDropsCachedAnswersOnly() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("MAPADDRESS keep.com=1.1.1.1");
            tor.reactor().run(() -> AddressMapModule.of(tor.model()).register("cached.com", "2.2.2.2",
                    new Expiry.At(java.time.Instant.now().plusSeconds(3600)), MappingSource.DNS, false, false));
            assertTrue(c.command("GETINFO address-mappings/cache").contains("cached.com 2.2.2.2 \""));
            c.command("SIGNAL CLEARDNSCACHE");
            assertEquals("250-address-mappings/all=keep.com 1.1.1.1 NEVER\r\n250 OK\r\n", c.command("GETINFO address-mappings/all"));
        }
    }
}
