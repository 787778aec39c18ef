package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.run;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts §7.4: SOCKS5 requests and the REP codes of tor's refusals. */
class Socks5RequestTest {
    private static final String GREETING = "05 01 00";

    private static String rep(int code) {
        return "0500" + compact(String.format("05 %02x 00 01 00000000 0000", code));
    }

    private static final String RESOLVE_FAILED = "0500" + compact("05 04 00 00 00000000 0000");

    @Test
    void connectToHostnameIsHandedOn() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "Example.COM", 443));
        SocksRequest request = r.request();
        assertEquals(SocksRequest.Kind.CONNECT, request.kind());
        assertEquals(SocksRequest.SocksVersion.SOCKS5, request.version());
        assertEquals(SocksAddress.hostname("Example.COM"), request.address());
        assertEquals("example.com", request.destination());
        assertEquals(443, request.port());
        assertEquals("0500", r.written());
    }

    @Test
    void connectToPublicIpv6IsHandedOn() {
        SocksRequest request = run(GREETING, "05 01 00 04 20010db8000000000000000000000001 0050").request();
        assertEquals("[2001:db8::1]", request.destination());
    }

    @Test
    void bindAndUdpAssociateGet07() {
        assertEquals(rep(0x07), run(GREETING, "05 02 00 01 01020304 0050").written());
        assertEquals(rep(0x07), run(GREETING, "05 03 00 01 01020304 0050").written());
    }

    @ParameterizedTest
    @ValueSource(strings = {"05 04 00 01 01020304 0050", "05 01 01 01 01020304 0050", "05 01 00 05 01020304 0050",
        "05 01 00 23 01020304 0050", "05 00 00 01 01020304 0050"})
    void unparsableRequestsGet01(String request) {
        Exchange.Run r = run(GREETING, request);
        assertEquals(rep(0x01), r.written());
        assertTrue(r.closed());
    }

    @Test
    void badCommandIsRejectedBeforeTheRestArrives() {
        assertEquals(rep(0x01), run(GREETING, "05 04").written());
    }

    @Test
    void resolvePtrOfAHostnameGets08() {
        assertEquals(rep(0x08), run(GREETING, socks5Host(0xf1, "example.com", 0)).written());
        assertEquals(rep(0x08), run(GREETING, socks5Host(0xf1, "4.3.2.1.in-addr.arpa", 0)).written());
        assertEquals(rep(0x08), run(GREETING, socks5Host(0xf1, "01.2.3.4", 0)).written());
    }

    @Test
    void resolvePtrOfIpLiteralsIsHandedOn() {
        assertEquals(SocksRequest.Kind.RESOLVE_PTR, run(GREETING, "05 f1 00 01 01020304 0000").request().kind());
        assertEquals("[2001:db8::1]", run(GREETING, "05 f1 00 04 20010db8000000000000000000000001 0000")
                .request().destination());
        run(GREETING, socks5Host(0xf1, "[2001:db8::1]", 0)).request();
        run(GREETING, socks5Host(0xf1, "2001:db8::1", 0)).request();
    }

    @Test
    void resolvePtrOfInternalAddressFailsLikeAResolve() {
        assertEquals(RESOLVE_FAILED, run(GREETING, "05 f1 00 01 7f000001 0000").written());
        assertEquals(RESOLVE_FAILED, run(GREETING, "05 f1 00 04 00000000000000000000000000000001 0000").written());
    }

    @Test
    void bracketedIpv4IsAValidDestinationButNotAnAddress() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "[1.2.3.4]", 80));
        assertEquals(rep(0x01), r.written());
        assertEquals(List.of("SOCKS_BAD_HOSTNAME HOSTNAME=\"[1.2.3.4]\""), r.events());
    }

    @Test
    void malformedHostnameGets01WithoutEvent() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "\"\"\"\"\".com", 80));
        assertEquals(rep(0x01), r.written());
        assertEquals(List.of(), r.events());
    }

    @Test
    void emptyHostnameGets01() {
        assertEquals(rep(0x01), run(GREETING, "05 01 00 03 00 0050").written());
    }

    @Test
    void hostnameIsCutAtItsFirstNul() {
        assertEquals("0500" + compact("05 00 00 01 01020304 0000"),
                run(GREETING, "05 f0 00 03 09 312e322e332e340078 0000").written());
        assertEquals("abc", run(GREETING, "05 f0 00 03 07 61626300646566 0000").request().destination());
    }

    @Test
    void exitHostnamesAreRefusedWithEvent() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "a.b.EXIT", 80));
        assertEquals(rep(0x01), r.written());
        assertEquals(List.of("SOCKS_BAD_HOSTNAME HOSTNAME=\"a.b.exit\""), r.events());
    }

    @Test
    void exitHostnameResolveFailsLikeAResolve() {
        assertEquals(RESOLVE_FAILED, run(GREETING, socks5Host(0xf0, "a.b.exit", 80)).written());
    }

    @Test
    void invalidOnionWithoutExtendedErrorsGets01() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "aaaa.onion", 80));
        assertEquals(rep(0x01), r.written());
        assertEquals(List.of("SOCKS_BAD_HOSTNAME HOSTNAME=\"aaaa.onion\""), r.events());
    }

    @Test
    void invalidOnionWithSubdomainIsReportedByItsIdAlone() {
        assertEquals(List.of("SOCKS_BAD_HOSTNAME HOSTNAME=\"aaaa\""),
                run(GREETING, socks5Host(0x01, "sub.aaaa.onion", 80)).events());
    }

    @Test
    void safeSocksRefusesIpLiteralsWith02() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withSafeSocks(true));
        Exchange.Run r = run(s, GREETING, "05 01 00 01 01020304 0050");
        assertEquals(rep(0x02), r.written());
        assertEquals(List.of("DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=1.2.3.4:80"), r.events());
    }

    @Test
    void safeSocksLetsResolvePtrThrough() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withSafeSocks(true));
        assertInstanceOf(SessionOutput.RequestReady.class, run(s, GREETING, "05 f1 00 01 01020304 0000").last());
    }

    @Test
    void safeSocksRefusesSocks4WithCd5B() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withSafeSocks(true));
        assertEquals(compact("00 5b 0000 00000000"), run(s, "04 01 0050 01020304 00").written());
    }

    @Test
    void privateAddressesAndPortZeroGet01() {
        assertEquals(rep(0x01), run(GREETING, "05 01 00 01 7f000001 0050").written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "localhost", 80)).written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "printer.LOCAL", 80)).written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "[::ffff:127.0.0.1]", 80)).written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "100.64.0.1", 80)).written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "example.com", 0)).written());
    }

    @Test
    void ipv6DangerousSocksEventUsesBrackets() {
        assertEquals(List.of("DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=[::1]:80"),
                run(GREETING, "05 01 00 04 00000000000000000000000000000001 0050").events());
    }

    @Test
    void virtualAddressesWithoutMappingGet01() {
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "127.192.0.5", 80)).written());
        assertEquals(rep(0x01), run(GREETING, socks5Host(0x01, "foo.virtual", 80)).written());
    }

    @Test
    void resolveOfOnionFailsWith04AndAtyp00() {
        assertEquals(RESOLVE_FAILED, run(GREETING, socks5Host(0xf0, "FOO.onion", 0)).written());
        assertEquals(RESOLVE_FAILED, run(GREETING, socks5Host(0xf0, OnionIds.VALID + ".onion", 0)).written());
    }

    @Test
    void resolveOfIpLiteralsIsAnsweredAtOnce() {
        assertEquals("0500" + compact("05 00 00 01 01020304 0000"), run(GREETING, "05 f0 00 01 01020304 0050").written());
        assertEquals("0500" + compact("05 00 00 04 00000000000000000000ffff01020304 0000"),
                run(GREETING, socks5Host(0xf0, "::ffff:1.2.3.4", 0)).written());
        assertEquals("0500" + compact("05 00 00 04 00000000000000000000000000000001 0000"),
                run(GREETING, socks5Host(0xf0, "[::1]", 0)).written());
    }

    @Test
    void requestWaitsUntilComplete() {
        Exchange.Run r = run(GREETING, "05 f1 00 03 05", "5b3a3a315d", "00");
        assertInstanceOf(SessionOutput.NeedMore.class, r.last());
        assertEquals("0500", r.written());
    }

    @Test
    void plaintextPortWarns() {
        Exchange.Run r = run(GREETING, socks5Host(0x01, "ab_c.com", 23));
        assertEquals(List.of("DANGEROUS_PORT PORT=23 RESULT=WARN"), r.events());
        assertInstanceOf(SessionOutput.RequestReady.class, r.last());
    }
}
