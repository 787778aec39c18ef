package org.torconformance.control.addrmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.event.TorEvent;

/** The address map on its own: tor's addressmap.c rules, checked against what tor 0.4.9.11 printed. */
class AddressMapTest {
    private static final Set<MappingSource> USER = EnumSet.of(MappingSource.TORRC, MappingSource.CONTROLLER,
            MappingSource.AUTOMAP, MappingSource.TRACKEXIT);

    private final List<String> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T23:00:00Z"), ZoneOffset.UTC);

    private AddressMap map(RandomGenerator random) {
        return new AddressMap(clock, random, (TorEvent e) -> events.add(e.toReply().encode().latin1().trim()));
    }

    private AddressMap map() {
        return map(new SplittableRandom(1));
    }

    @Test
    void controllerMappingIsAnnouncedNeverExpiringAndCached() {
        AddressMap m = map();
        assertEquals(Optional.empty(), m.registerAuto("1.2.3.4", "torproject.org", new Expiry.Controller(),
                MappingSource.CONTROLLER, false));
        assertEquals(List.of("650 ADDRMAP 1.2.3.4 torproject.org NEVER CACHED=\"YES\""), events);
        assertEquals(List.of("1.2.3.4 torproject.org NEVER"), m.listing(AddressMap.Listing.CONTROL));
        assertEquals(List.of(), m.listing(AddressMap.Listing.CONFIG));
    }

    @Test
    void mappingAnAddressToItselfRemovesItSilently() {
        AddressMap m = map();
        m.registerAuto("a.com", "b.com", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        events.clear();
        m.registerAuto("a.com", "A.COM", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        assertEquals(List.of(), events, "tor announces no removal");
        assertEquals(List.of(), m.listing(AddressMap.Listing.ALL));
    }

    @Test
    void keysAreCaseSensitiveButStreamsLookUpLowerCase() {
        AddressMap m = map();
        m.registerAuto("UC.COM", "8.8.8.8", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        m.registerAuto("lc.com", "9.9.9.9", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        assertEquals(List.of("UC.COM 8.8.8.8 NEVER", "lc.com 9.9.9.9 NEVER"), m.listing(AddressMap.Listing.ALL));
        assertFalse(m.rewrite("uc.com", USER).changed(), "tor 0.4.9.11: RESOLVE uc.com is not remapped");
        assertEquals("9.9.9.9", m.rewrite("lc.com", USER).address());
    }

    @Test
    void wildcardsMatchTheDomainAndItsSubdomains() {
        AddressMap m = map();
        m.registerAuto("*.wild.com", "7.7.7.7", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        m.registerAuto("*.w2.com", "*.other.org", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        assertEquals(List.of("650 ADDRMAP wild.com 7.7.7.7 NEVER CACHED=\"YES\"",
                "650 ADDRMAP w2.com other.org NEVER CACHED=\"YES\""), events);
        assertEquals("7.7.7.7", m.rewrite("a.wild.com", USER).address());
        assertEquals("7.7.7.7", m.rewrite("wild.com", USER).address());
        assertEquals("x.y.other.org", m.rewrite("x.y.w2.com", USER).address());
        assertEquals(List.of("*.wild.com 7.7.7.7 NEVER", "*.w2.com *.other.org NEVER"), m.listing(AddressMap.Listing.ALL));
    }

    @Test
    void registerAutoRefusesWhatTorRefuses() {
        AddressMap m = map();
        assertEquals(Optional.of("can't remap from or to *"),
                m.registerAuto("*", "a", new Expiry.Controller(), MappingSource.CONTROLLER, false));
        assertEquals(Optional.of("can only use wildcard (i.e. '*.') if 'from' address uses wildcard also"),
                m.registerAuto("x.com", "*.y.com", new Expiry.Controller(), MappingSource.CONTROLLER, false));
        assertEquals(Optional.of("destination is invalid"),
                m.registerAuto("x.com", "a%b", new Expiry.Controller(), MappingSource.CONTROLLER, false));
        assertEquals(Optional.empty(), m.registerAuto("x.com", "a%b", new Expiry.Controller(), MappingSource.CONTROLLER, true),
                "AllowNonRFC953Hostnames lets anything through");
    }

    @Test
    void chainsAreFollowedButNotForever() {
        AddressMap m = map();
        m.registerAuto("a", "b", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        m.registerAuto("b", "c", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        assertEquals("c", m.rewrite("a", USER).address());
        m.registerAuto("c", "a", new Expiry.Controller(), MappingSource.CONTROLLER, false);
        Rewrite loop = m.rewrite("a", USER);
        assertTrue(loop.changed());
        assertTrue(Set.of("a", "b", "c").contains(loop.address()), "stops after 16 rewrites: " + loop);
    }

    @Test
    void virtualAddressesComeFromTheConfiguredRangesAndAreReused() {
        AddressMap m = map();
        String v4 = m.registerVirtual(AddressMap.VirtualKind.IPV4, "torproject.org").orElseThrow();
        String v6 = m.registerVirtual(AddressMap.VirtualKind.IPV6, "torproject.org").orElseThrow();
        String host = m.registerVirtual(AddressMap.VirtualKind.HOSTNAME, "torproject.org").orElseThrow();
        assertTrue(VirtualNetwork.DEFAULT_IPV4.contains(IpAddress.parse(v4).orElseThrow()), v4);
        int last = Integer.parseInt(v4.substring(v4.lastIndexOf('.') + 1));
        assertTrue(last != 0 && last != 255, v4);
        assertTrue(v6.startsWith("[fe") && v6.endsWith("]") && VirtualNetwork.DEFAULT_IPV6.contains(IpAddress.parse(v6).orElseThrow()), v6);
        assertTrue(host.matches("[a-z2-7]{16}\\.virtual"), host);
        events.clear();
        assertEquals(v4, m.registerVirtual(AddressMap.VirtualKind.IPV4, "torproject.org").orElseThrow());
        assertEquals(List.of(), events, "tor 0.4.9.11 hands the same address out again, silently");
        String upper = m.registerVirtual(AddressMap.VirtualKind.IPV4, "TORPROJECT.ORG").orElseThrow();
        assertFalse(upper.equals(v4), "the reverse table is case-sensitive, as in tor");
        assertTrue(m.isVirtual(v4) && m.isVirtual("foo.VIRTUAL") && !m.isVirtual("1.2.3.4"));
    }

    @Test
    void anExhaustedRangeYieldsNothing() {
        RandomGenerator stuck = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0x0101010101010101L;
            }
        };
        AddressMap m = map(stuck);
        assertTrue(m.registerVirtual(AddressMap.VirtualKind.IPV4, "a.com").isPresent());
        assertEquals(Optional.empty(), m.registerVirtual(AddressMap.VirtualKind.IPV4, "b.com"),
                "1000 draws all hit the taken address: tor answers 451 resource exhausted");
    }

    @Test
    void cachedAnswersExpireAndClearDnsCacheDropsThem() {
        AddressMap m = map();
        m.register("cached.com", "1.1.1.1", new Expiry.At(clock.instant().plusSeconds(60)), MappingSource.DNS, false, false);
        assertEquals("650 ADDRMAP cached.com 1.1.1.1 \"" + IsoTimes.local(clock.instant().plusSeconds(60))
                + "\" EXPIRES=\"2026-11-25 23:01:00\" CACHED=\"YES\"", events.get(0));
        assertEquals(List.of("cached.com 1.1.1.1 \"2026-11-25 23:01:00\""), m.listing(AddressMap.Listing.CACHE));
        assertFalse(m.rewrite("cached.com", USER).changed(), "DNS answers are used only by ports that cache DNS");
        m.register("cached.com", "2.2.2.2", new Expiry.At(clock.instant().plusSeconds(60)), MappingSource.DNS, false, false);
        assertEquals(List.of("cached.com 1.1.1.1 \"2026-11-25 23:01:00\""), m.listing(AddressMap.Listing.ALL),
                "a cached answer never replaces a mapping");
        m.clearCache();
        assertEquals(List.of(), m.listing(AddressMap.Listing.ALL));
    }

    @Test
    void destinationCheckFollowsRfc953PlusUnderscoresAndIpAddresses() {
        assertFalse(DestinationCheck.isInvalid("a_b-c.d", false));
        assertFalse(DestinationCheck.isInvalid("", false));
        assertFalse(DestinationCheck.isInvalid("::1", false));
        assertFalse(DestinationCheck.isInvalid("[::1]", false));
        assertTrue(DestinationCheck.isInvalid("@@@", false));
        assertTrue(DestinationCheck.isInvalid("a b", false));
        assertFalse(DestinationCheck.isInvalidMapTarget("*.y.com", false));
        assertTrue(DestinationCheck.isInvalidMapTarget("*", false));
    }

    @Test
    void ipv6IsFormattedAsTorPrintsIt() {
        assertEquals("[::1]", IpAddress.parse("::1").orElseThrow().format(true));
        assertEquals("fe80::1:0:0:2", IpAddress.parse("[FE80:0:0:0:1:0:0:2]").orElseThrow().format(false));
        assertEquals("1::", IpAddress.parse("1:0:0:0:0:0:0:0").orElseThrow().format(false));
        assertEquals("fea0:f93c:17be:8eb8:8021:67d3:5750:5d88",
                IpAddress.parse("fea0:f93c:17be:8eb8:8021:67d3:5750:5d88").orElseThrow().format(false));
        assertTrue(IpAddress.parse("1.2.3").isEmpty());
        assertTrue(IpAddress.parse("1:2:3:4:5:6:7:8:9").isEmpty());
        assertTrue(IpAddress.parse("::ffff:1.2.3.4").isPresent());
    }
}
