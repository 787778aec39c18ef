package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.run;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts §7.2: SOCKS4 and SOCKS4a requests and tor's 8-byte replies. */
class Socks4Test {
    private static final String REJECTED = compact("00 5b 0000 00000000");

    @Test
    void connectToIpv4IsHandedOnWithUserIdAsIsolationUsername() {
        Exchange.Run r = run("04 01 0050 01020304 616c696365 00");
        SocksRequest request = r.request();
        assertEquals(SocksRequest.SocksVersion.SOCKS4, request.version());
        assertEquals(SocksRequest.Kind.CONNECT, request.kind());
        assertEquals(SocksAddress.ipv4(1, 2, 3, 4), request.address());
        assertEquals(80, request.port());
        assertArrayEquals("alice".getBytes(), request.credentials().orElseThrow().username());
        assertEquals("", r.written());
        assertEquals(List.of("DANGEROUS_SOCKS PROTOCOL=SOCKS4 ADDRESS=1.2.3.4:80"), r.events());
    }

    @Test
    void socks4aIsRecognisedByIp000x() {
        SocksRequest request = run("04 01 01bb 000000ff 00 6578616d706c652e636f6d 00").request();
        assertEquals(SocksRequest.SocksVersion.SOCKS4A, request.version());
        assertEquals(SocksAddress.hostname("example.com"), request.address());
        assertEquals("example.com", request.destination());
        assertTrue(request.credentials().isEmpty());
    }

    @Test
    void socks4aEmitsNoDangerousSocksEvent() {
        assertEquals(List.of(), run("04 01 0050 00000001 00 6578616d706c652e636f6d 00").events());
    }

    @Test
    void socks4aWaitsForTheHostnameNul() {
        Exchange.Run r = run("04 01 0050 00000001 41 00");
        assertTrue(r.last() instanceof SessionOutput.NeedMore);
    }

    @Test
    void portZeroIsRejectedForConnect() {
        Exchange.Run r = run("04 01 0000 01020304 00");
        assertEquals(REJECTED, r.written());
        assertTrue(r.closed());
    }

    @Test
    void portZeroIsFineForResolve() {
        assertEquals(compact("00 5a 0000 01020304"), run("04 f0 0000 01020304 00").written());
    }

    @Test
    void destinationIp0000IsRejected() {
        assertEquals(REJECTED, run("04 01 0050 00000000 00").written());
    }

    @Test
    void bindParsesButIsRejected() {
        Exchange.Run r = run("04 02 0050 01020304 00");
        assertEquals(REJECTED, r.written());
        assertEquals(List.of("DANGEROUS_SOCKS PROTOCOL=SOCKS4 ADDRESS=1.2.3.4:80"), r.events());
    }

    @Test
    void resolvePtrParsesButIsRejected() {
        assertEquals(REJECTED, run("04 f1 0050 01020304 00").written());
    }

    @Test
    void unknownCommandFailsParsing() {
        Exchange.Run r = run("04 03 0050 01020304 00");
        assertEquals(REJECTED, r.written());
        assertEquals(List.of(), r.events());
    }

    @Test
    void resolveOfAnIpIsAnsweredWithTheAddress() {
        assertEquals(compact("00 5a 0000 0a000001"), run("04 f0 0050 0a000001 61 00").written());
    }

    @Test
    void resolveOfOnionFails() {
        assertEquals(REJECTED, run("04 f0 0000 00000001 00 666f6f2e6f6e696f6e 00").written());
    }

    @Test
    void connectToOnionFails() {
        assertEquals(REJECTED, run("04 01 0050 00000001 00 616161612e6f6e696f6e 00").written());
    }

    @Test
    void hostnameOf255BytesIsAcceptedAnd256Rejected() {
        String host255 = "61".repeat(251) + "2e636f6d";
        assertTrue(run("04 f0 0000 00000001 00" + host255 + "00").last() instanceof SessionOutput.RequestReady);
        assertEquals(REJECTED, run("04 01 0050 00000001 00" + "61".repeat(256) + "00").written());
    }

    @Test
    void userIdUpTo512BytesIsAccepted() {
        assertTrue(run("04 01 0050 01020304" + "61".repeat(512) + "00").last() instanceof SessionOutput.RequestReady);
        assertEquals(REJECTED, run("04 01 0050 01020304" + "61".repeat(513) + "00").written());
    }

    @Test
    void malformedHostnameIsRejected() {
        assertEquals(REJECTED, run("04 01 0050 00000001 00 2222222e636f6d 00").written());
    }

    @Test
    void emptySocks4aHostnameIsRejected() {
        assertEquals(REJECTED, run("04 01 0050 00000001 00 00").written());
    }

    @Test
    void connectToPrivateAddressIsRejected() {
        assertEquals(REJECTED, run("04 01 0050 7f000001 00").written());
    }

    @Test
    void resolveOfIpv6LiteralCannotBeAnsweredInSocks4() {
        assertEquals(REJECTED, run("04 f0 0000 00000001 00 5b3a3a315d 00").written());
    }

    @Test
    void dataAfterTheRequestIsKeptForTheStream() {
        SessionOutput out = new SocksServerSession().feed(Exchange.hex("04 01 0050 00000001 00 612e636f6d 00 474554"));
        SessionOutput.RequestReady ready = (SessionOutput.RequestReady) out.next();
        assertEquals("474554", Exchange.hex(ready.earlyData()));
    }
}
