package org.torconformance.socks.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static RouteTable table(String... rules) {
        return new RouteTable(java.util.Arrays.stream(rules).map(Route::parse).toList());
    }

    private static String rule(RouteTable t, String destination) {
        return t.decide(destination).route().toString();
    }

    @Test
    @DisplayName("defaults: localhost and *.test connect on the requested port, the rest is unreachable")
    void defaults() {
        RouteTable t = new RouteTable();
        assertEquals("localhost -> connect 127.0.0.1", rule(t, "localhost"));
        assertEquals("localhost -> connect 127.0.0.1", rule(t, "LOCALHOST."));
        assertEquals("*.test -> connect 127.0.0.1", rule(t, "a.b.test"));
        assertEquals("* -> refuse unreachable", rule(t, "test"));
        assertEquals("* -> refuse unreachable", rule(t, "example.com"));
        assertEquals("* -> refuse unreachable", rule(t, "1.2.3.4"));
        assertEquals("* -> refuse unreachable", rule(t, "[2001:db8::1]"));
    }

    @Test
    @DisplayName("first applicable rule wins; added rules come before the defaults")
    void order() {
        RouteTable t = table("deep.web.test -> refuse 3", "*.web.test -> refuse 5", "*.test -> refuse 4");
        assertEquals("deep.web.test -> refuse 3", rule(t, "deep.web.test"));
        assertEquals("*.web.test -> refuse 5", rule(t, "x.deep.web.test"));
        assertEquals("*.test -> refuse 4", rule(t, "web.test"));
        t.add("late.test -> refuse 6");
        assertEquals("*.test -> refuse 4", rule(t, "late.test"));
    }

    @Test
    @DisplayName("a rule naming the destination beats a catch-all before it and resolution; added rules beat defaults")
    void specificBeatsCatchAll() {
        RouteTable t = table("* -> refuse 5", "web.test -> connect 127.0.0.1:1", "tor.test -> resolve 198.18.0.1",
                "198.18.0.1 -> connect 127.0.0.1:2");
        assertEquals("web.test -> connect 127.0.0.1:1", rule(t, "web.test"));
        assertEquals("* -> refuse 5", rule(t, "other.test"), "an added catch-all overrides the default *.test");
        assertEquals("198.18.0.1 -> connect 127.0.0.1:2", rule(t, "198.18.0.1"));
        assertEquals("web.test -> connect 127.0.0.1:1", rule(t, "127.0.0.1"));
        assertEquals("* -> refuse 5", rule(t, "192.0.2.1"));
    }

    @Test
    @DisplayName("onion addresses are hostnames like any other")
    void onions() {
        RouteTable t = table("abc.onion -> refuse 0xF0", "*.onion -> refuse 0xF2");
        assertEquals("abc.onion -> refuse 0xF0", rule(t, "abc.onion"));
        assertEquals("*.onion -> refuse 0xF2", rule(t, "sub.abc.onion"));
    }

    @Test
    @DisplayName("IPv4 and IPv6 addresses and CIDR networks match tor's address strings")
    void networks() {
        RouteTable t = table("10.1.0.0/16 -> refuse 3", "192.0.2.7 -> refuse 5", "[2001:db8::]/32 -> refuse 4",
                "::1 -> refuse 2");
        assertEquals("10.1.0.0/16 -> refuse 3", rule(t, "10.1.255.9"));
        assertEquals("* -> refuse unreachable", rule(t, "10.2.0.1"));
        assertEquals("192.0.2.7 -> refuse 5", rule(t, "192.0.2.7"));
        assertEquals("[2001:db8::]/32 -> refuse 4", rule(t, "[2001:db8:ffff::1]"));
        assertEquals("[::1] -> refuse 2", rule(t, "[::1]"));
        assertTrue(t.decide("192.0.2.7").addressDeclared());
        assertFalse(t.decide("web.test").addressDeclared());
    }

    @Test
    @DisplayName("an address reaches the name rule that resolves to it, and says which name")
    void byResolution() {
        RouteTable t = table("web.test -> connect 127.0.0.1:8080", "dns.test -> resolve 192.0.2.1");
        RouteDecision loop = t.decide("127.0.0.1");
        assertEquals("web.test -> connect 127.0.0.1:8080", loop.route().toString());
        assertEquals(Optional.of("web.test"), loop.reverseName());
        assertTrue(loop.byResolution());
        assertFalse(loop.addressDeclared());
        assertEquals(Optional.of("dns.test"), t.decide("192.0.2.1").reverseName());
        assertEquals(List.of("web.test", "localhost", "*.test"), t.namesFor("127.0.0.1"));
    }

    @Test
    @DisplayName("a connect rule with an address of its own is reached through that address, not 127.0.0.1")
    void connectAs() {
        RouteTable t = table("web.test -> connect 127.0.0.1:8080 as 198.18.0.1");
        RouteDecision byAddress = t.decide("198.18.0.1");
        assertEquals("web.test -> connect 127.0.0.1:8080 as 198.18.0.1", byAddress.route().toString());
        assertEquals(Optional.of("web.test"), byAddress.reverseName());
        assertFalse(byAddress.addressDeclared(), "the test knows web.test by name; its address is the name's");
        assertEquals(List.of("web.test"), t.namesFor("198.18.0.1"));
        assertEquals(List.of("localhost", "*.test"), t.namesFor("127.0.0.1"));
    }
}
