package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.hex;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import org.junit.jupiter.api.Test;

/** Facts §7.5: the shapes of tor's SOCKS5 (and SOCKS4) replies once a request is handed on. */
class ReplyFormatTest {

    private static SocksServerSession readySession(ClientFamily family, String... chunks) {
        SocksServerSession s = new SocksServerSession(SocksPortOptions.defaults(), family, AddressMapping.NONE);
        Exchange.Run r = Exchange.run(s, chunks);
        assertInstanceOf(SessionOutput.RequestReady.class, r.last());
        return s;
    }

    @Test
    void parserErrorsAreAlwaysTenBytesEvenForIpv6Clients() {
        SocksServerSession s = new SocksServerSession(SocksPortOptions.defaults(), ClientFamily.IPV6, AddressMapping.NONE);
        assertEquals("0500" + compact("05 07 00 01 00000000 0000"),
                Exchange.run(s, "05 01 00", "05 02 00 01 01020304 0050").written());
    }

    @Test
    void connectSuccessIsTenBytesForIpv4Client() {
        SessionOutput out = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(1, "example.com", 80))
                .complete(new StreamOutcome.Connected());
        assertEquals(compact("05 00 00 01 00000000 0000"), hex(out.write()));
        assertInstanceOf(SessionOutput.StreamData.class, out.next());
    }

    @Test
    void connectSuccessIs22BytesForIpv6AndUnixClients() {
        String expected = compact("05 00 00 04") + "00".repeat(18);
        assertEquals(expected, hex(readySession(ClientFamily.IPV6, "05 01 00", socks5Host(1, "example.com", 80))
                .complete(new StreamOutcome.Connected()).write()));
        assertEquals(expected, hex(readySession(ClientFamily.UNIX, "05 01 00", socks5Host(1, "example.com", 80))
                .complete(new StreamOutcome.Connected()).write()));
    }

    @Test
    void connectFailureUsesTheClientSocketShape() {
        assertEquals(compact("05 06 00 04") + "00".repeat(18),
                hex(readySession(ClientFamily.IPV6, "05 01 00", socks5Host(1, "example.com", 80))
                        .complete(StreamOutcome.Ended.of(EndReason.TIMEOUT)).write()));
    }

    @Test
    void resolveSuccessIpv4CarriesTheAnswer() {
        SessionOutput out = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(0xf0, "example.com", 0))
                .complete(new StreamOutcome.Resolved(SocksAddress.ipv4(5, 6, 7, 8)));
        assertEquals(compact("05 00 00 01 05060708 0000"), hex(out.write()));
        assertInstanceOf(SessionOutput.Close.class, out.next());
    }

    @Test
    void resolveSuccessIpv6Is22BytesWhateverTheClientFamily() {
        byte[] v6 = Exchange.hex("20010db8000000000000000000000001");
        SessionOutput out = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(0xf0, "example.com", 0))
                .complete(new StreamOutcome.Resolved(new SocksAddress.Ipv6(v6)));
        assertEquals(compact("05 00 00 04 20010db8000000000000000000000001 0000"), hex(out.write()));
    }

    @Test
    void resolvePtrSuccessCarriesTheHostname() {
        SessionOutput out = readySession(ClientFamily.IPV4, "05 01 00", "05 f1 00 01 01020304 0000")
                .complete(new StreamOutcome.Resolved(SocksAddress.hostname("one.example")));
        assertEquals(compact("05 00 00 03 0b 6f6e652e6578616d706c65 0000"), hex(out.write()));
    }

    @Test
    void resolveFailureHasAtyp00() {
        SessionOutput out = readySession(ClientFamily.IPV6, "05 01 00", socks5Host(0xf0, "example.com", 0))
                .complete(new StreamOutcome.ResolveFailed());
        assertEquals(compact("05 04 00 00 00000000 0000"), hex(out.write()));
    }

    @Test
    void endedResolveIsAResolveFailure() {
        SessionOutput out = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(0xf0, "example.com", 0))
                .complete(StreamOutcome.Ended.of(EndReason.TIMEOUT));
        assertEquals(compact("05 04 00 00 00000000 0000"), hex(out.write()));
    }

    @Test
    void socks4ConnectSuccessIs5A() {
        assertEquals(compact("00 5a 0000 00000000"),
                hex(readySession(ClientFamily.IPV4, "04 01 0050 00000001 00 612e636f6d 00")
                        .complete(new StreamOutcome.Connected()).write()));
    }

    @Test
    void socks4ResolveOfIpv6AnswerIsRejection() {
        assertEquals(compact("00 5b 0000 00000000"),
                hex(readySession(ClientFamily.IPV4, "04 f0 0000 00000001 00 612e636f6d 00")
                        .complete(new StreamOutcome.Resolved(new SocksAddress.Ipv6(new byte[16]))).write()));
    }

    @Test
    void bytesAfterHandOffAreStreamData() {
        SocksServerSession s = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(1, "example.com", 80));
        SessionOutput out = s.feed(Exchange.hex("474554"));
        assertEquals("474554", hex(((SessionOutput.StreamData) out.next()).data()));
        assertEquals("", hex(out.write()));
    }

    @Test
    void aResolveCannotConnect() {
        SocksServerSession s = readySession(ClientFamily.IPV4, "05 01 00", socks5Host(0xf0, "example.com", 0));
        assertThrows(IllegalStateException.class, () -> s.complete(new StreamOutcome.Connected()));
    }
}
