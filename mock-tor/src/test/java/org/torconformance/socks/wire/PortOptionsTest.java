package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.run;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts §7.8 and the global options the SOCKS layer consults. */
class PortOptionsTest {
    private static final String REFUSED_02 = "0500" + compact("05 02 00 01 00000000 0000");
    private static final String RESOLVE_FAILED = "0500" + compact("05 04 00 00 00000000 0000");

    @Test
    void onionTrafficOnlyRefusesOtherDestinationsWith02() {
        SocksPortOptions onionOnly = SocksPortOptions.defaults().withTraffic(false, false, false, true);
        assertEquals(REFUSED_02, run(Exchange.session(onionOnly), "05 01 00", socks5Host(1, "example.com", 80)).written());
        assertEquals(REFUSED_02, run(Exchange.session(onionOnly), "05 01 00", "05 01 00 01 01020304 0050").written());
        assertEquals(RESOLVE_FAILED, run(Exchange.session(onionOnly), "05 01 00", socks5Host(0xf0, "example.com", 0))
                .written());
        assertInstanceOf(SessionOutput.RequestReady.class,
                run(Exchange.session(onionOnly), "05 01 00", socks5Host(1, OnionIds.VALID + ".onion", 80)).last());
    }

    @Test
    void noOnionTrafficRefusesOnions() {
        SocksPortOptions noOnion = SocksPortOptions.defaults().withTraffic(true, true, true, false);
        assertEquals(REFUSED_02, run(Exchange.session(noOnion), "05 01 00", socks5Host(1, OnionIds.VALID + ".onion", 80))
                .written());
    }

    @Test
    void rejectPlaintextPortsRefusesWith02AndSaysReject() {
        SocksPortOptions options = SocksPortOptions.defaults().withPlaintextPorts(Set.of(23), Set.of(23));
        Exchange.Run r = run(Exchange.session(options), "05 01 00", socks5Host(1, "example.com", 23));
        assertEquals(REFUSED_02, r.written());
        assertEquals(List.of("DANGEROUS_PORT PORT=23 RESULT=REJECT"), r.events());
    }

    @Test
    void clientRejectInternalAddressesOffLetsPrivateAddressesThrough() {
        SocksPortOptions options = SocksPortOptions.defaults().withClientRejectInternalAddresses(false);
        assertInstanceOf(SessionOutput.RequestReady.class,
                run(Exchange.session(options), "05 01 00", "05 01 00 01 7f000001 0050").last());
    }

    @Test
    void clientDnsRejectInternalAddressesOffLetsPrivateReverseLookupsThrough() {
        SocksPortOptions options = SocksPortOptions.defaults().withClientDnsRejectInternalAddresses(false);
        assertInstanceOf(SessionOutput.RequestReady.class,
                run(Exchange.session(options), "05 01 00", "05 f1 00 01 7f000001 0000").last());
    }

    @Test
    void leaveStreamsUnattachedSkipsEveryDestinationCheck() {
        SocksPortOptions options = SocksPortOptions.defaults().withLeaveStreamsUnattached(true);
        SocksRequest request = run(Exchange.session(options), "05 01 00", socks5Host(1, "aaaa.onion", 80)).request();
        assertEquals("aaaa.onion", request.destination());
    }

    @Test
    void mappedAddressesAreRewrittenAndAnsweredLikeTor() {
        AddressMapping map = new AddressMapping() {
            @Override
            public boolean hasMapping(String address) {
                return address.equalsIgnoreCase("mapped.example") || address.equals("10.9.8.7");
            }

            @Override
            public Optional<String> rewrite(String address) {
                return hasMapping(address) ? Optional.of("5.6.7.8") : Optional.empty();
            }
        };
        SocksServerSession resolve = new SocksServerSession(SocksPortOptions.defaults(), ClientFamily.IPV4, map);
        assertEquals("0500" + compact("05 00 00 01 05060708 0000"),
                run(resolve, "05 01 00", socks5Host(0xf0, "MAPPED.example", 0)).written());

        SocksServerSession connect = new SocksServerSession(SocksPortOptions.defaults().withSafeSocks(true),
                ClientFamily.IPV4, map);
        Exchange.Run r = run(connect, "05 01 00", "05 01 00 01 0a090807 0050");
        assertEquals("5.6.7.8", r.request().destination());
        assertTrue(r.events().isEmpty(), "a mapped IP is not a DNS leak");
    }
}
