package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.wire.Exchange.auth;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts §7.3: SOCKS5 method negotiation, RFC 1929, Prop 351 usernames, and switching to SOCKS4. */
class Socks5GreetingAndAuthTest {
    private static final String GENERIC_FAILURE = compact("05 01 00 01 00000000 0000");
    private static final String RESOLVE_1234 = compact("05 f0 00 01 01020304 0000");

    @Test
    void noAuthOnlyIsAccepted() {
        Exchange.Run r = run("05 01 00");
        assertEquals("0500", r.written());
        assertInstanceOf(SessionOutput.NeedMore.class, r.last());
    }

    @Test
    void userPassOnlyIsAcceptedAndAnyCredentialsSucceed() {
        assertEquals("05020100", run("05 01 02", auth("user", "secret")).written());
    }

    @Test
    void emptyUsernameAndPasswordAreAllowed() {
        assertEquals("05020100", run("05 01 02", "01 00 00").written());
    }

    @Test
    void bothOfferedPrefersUserPass() {
        assertEquals("0502", run("05 02 00 02").written());
    }

    @Test
    void preferSocksNoAuthChoosesNoAuth() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withPreferSocksNoAuth(true));
        assertEquals("0500", run(s, "05 02 00 02").written());
    }

    @Test
    void preferSocksNoAuthStillChoosesUserPassIfOnlyThatIsOffered() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withPreferSocksNoAuth(true));
        assertEquals("0502", run(s, "05 01 02").written());
    }

    @Test
    void noIsolateSocksAuthAlsoChoosesNoAuth() {
        SocksServerSession s = Exchange.session(SocksPortOptions.defaults().withIsolateSocksAuth(false));
        assertEquals("0500", run(s, "05 02 00 02").written());
    }

    @Test
    void onlyOtherMethodsGet05FFAndClose() {
        Exchange.Run r = run("05 01 03");
        assertEquals("05ff", r.written());
        assertTrue(r.closed());
    }

    @Test
    void zeroMethodsClosesWithoutReply() {
        Exchange.Run r = run("05 00");
        assertEquals("", r.written());
        assertTrue(r.closed());
    }

    @Test
    void greetingWaitsForAllItsMethods() {
        assertInstanceOf(SessionOutput.NeedMore.class, run("05 03 00").last());
    }

    @Test
    void rfc1929AfterNoAuthIsAcceptedForBrokenClients() {
        assertEquals("05000100", run("05 01 00", auth("a", "a")).written());
    }

    @Test
    void subnegotiationVersionOtherThanOneGetsSocks5ReplyAndClose() {
        Exchange.Run r = run("05 01 02", "05 01 00 01 01020304 0050");
        assertEquals("0502" + GENERIC_FAILURE, r.written());
        assertTrue(r.closed());
    }

    @Test
    void genericFailureIs22BytesForAnIpv6Client() {
        SocksServerSession s = new SocksServerSession(SocksPortOptions.defaults(), ClientFamily.IPV6, AddressMapping.NONE);
        assertEquals("0502" + compact("05 01 00 04") + "00".repeat(18), run(s, "05 01 02", "05 00").written());
    }

    @Test
    void unknownFirstByteAfterGreetingGetsSocks5Reply() {
        Exchange.Run r = run("05 01 00", "02 01");
        assertEquals("0500" + GENERIC_FAILURE, r.written());
        assertEquals(1, r.events().size());
    }

    @Test
    void secondRfc1929MessageIsParsedAsARequestAndFails() {
        assertEquals("05000100" + GENERIC_FAILURE, run("05 01 00", auth("A", "A"), auth("A", "A")).written());
    }

    @Test
    void credentialsAreReportedForIsolation() {
        SocksRequest request = run("05 01 02", auth("alice", "pw"), "05 01 00 03 0b 6578616d706c652e636f6d 0050").request();
        assertArrayEquals("alice".getBytes(), request.credentials().orElseThrow().username());
        assertArrayEquals("pw".getBytes(), request.credentials().orElseThrow().password());
    }

    @Test
    void torS0XFormatZeroIsAccepted() {
        assertEquals("05020100" + compact("05 00 00 01 01020304 0000"),
                run("05 01 02", auth("<torS0X>0", "token"), RESOLVE_1234).written());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<torS0X>", "<torS0X>1", "<torS0X>2abc", "<torS0X>00", "<torS0X>0x", "<torS0X>a"})
    void otherTorS0XUsernamesAreRejectedWithASocks5Reply(String username) {
        Exchange.Run r = run("05 01 02", auth(username, ""));
        assertEquals("0502" + GENERIC_FAILURE, r.written());
        assertTrue(r.closed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<torS0Y>", "<TORS0X>", "x<torS0X>", "<torS0X"})
    void lookalikeUsernamesAreOrdinary(String username) {
        assertEquals("05020100", run("05 01 02", auth(username, "")).written());
    }

    @Test
    void socks4RequestIsAcceptedAfterASocks5Greeting() {
        assertEquals("0500" + compact("00 5a 0000 01020304"), run("05 01 00", "04 f0 0000 01020304 00").written());
        assertEquals("0502" + compact("00 5a 0000 01020304"), run("05 01 02", "04 f0 0000 01020304 00").written());
    }

    @Test
    void greetingAndAuthInOneReadOnlySendTheAuthReply() {
        // Tor keeps one reply per read; the 05 02 is overwritten before anything is written (verified live).
        assertEquals("0100", run("05 01 02" + auth("A", "A")).written());
    }

    @Test
    void greetingAndBadTorS0XInOneReadSendOnlyTheStaleGreetingReply() {
        Exchange.Run r = run("05 01 02" + auth("<torS0X>1", ""));
        assertEquals("0502", r.written());
        assertTrue(r.closed());
    }

    @Test
    void greetingAndFailingRequestInOneReadSendOnlyTheRequestError() {
        assertEquals(compact("05 01 00 01 00000000 0000"), run("05 01 00 05 04").written());
    }

    @Test
    void greetingAndGarbageInOneReadSendTheGreetingReplyThenClose() {
        Exchange.Run r = run("05 01 00 00 00");
        assertEquals("0500", r.written());
        assertTrue(r.closed());
        assertEquals(java.util.List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\"\""), r.events());
    }
}
