package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.torconformance.socks.wire.Hex.compact;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our raw client's encoder and decoder, on the exact byte forms tor uses. */
class SocksClientCodecTest {

    @Test
    void encodesEveryRequestForm() {
        assertEquals("05020002", Hex.of(SocksClientCodec.greeting(AuthMethod.NO_AUTH, AuthMethod.USERNAME_PASSWORD)));
        assertEquals("0500", Hex.of(new Socks5Greeting(new byte[0]).encode()));
        assertEquals(compact("01 05 616c696365 02 7077"), Hex.of(SocksClientCodec.usernamePassword("alice".getBytes(),
                "pw".getBytes())));
        assertEquals(compact("05 00 00"), Hex.of(new UsernamePasswordAuth(5, new byte[0], new byte[0]).encode()));
        assertEquals(compact("05 01 00 01 01020304 0050"),
                Hex.of(SocksClientCodec.socks5(SocksCommand.CONNECT, SocksAddress.ipv4(1, 2, 3, 4), 80)));
        assertEquals(compact("05 f0 00 03 0b 6578616d706c652e636f6d 0000"),
                Hex.of(SocksClientCodec.socks5(SocksCommand.RESOLVE, SocksAddress.hostname("example.com"), 0)));
        assertEquals(compact("05 f1 00 04 00000000000000000000000000000001 0000"),
                Hex.of(SocksClientCodec.socks5(SocksCommand.RESOLVE_PTR, new SocksAddress.Ipv6(Hex.bytes(
                        "00000000000000000000000000000001")), 0)));
        assertEquals(compact("05 04 07 23 aabb 0050"),
                Hex.of(new Socks5Request(SocksCommand.of(4), 7, new SocksAddress.OtherType(0x23, Hex.bytes("aabb")), 80)
                        .encode()));
        assertEquals(compact("04 01 0050 01020304 7500"),
                Hex.of(SocksClientCodec.socks4(SocksCommand.CONNECT, SocksAddress.ipv4(1, 2, 3, 4), 80, "u")));
        assertEquals(compact("04 f0 0000 00000001 00 612e62 00"),
                Hex.of(SocksClientCodec.socks4a(SocksCommand.RESOLVE, "a.b", 0, "")));
        assertEquals(compact("04 02 0050 01020304 00"),
                Hex.of(new Socks4Request(SocksCommand.BIND, 80, Hex.bytes("01020304"), new byte[0], Optional.empty())
                        .encode()));
    }

    @Test
    void decodesMethodAndAuthReplies() {
        assertEquals(new Decoded.Incomplete<MethodSelection>(), SocksClientCodec.decodeMethodSelection(Hex.bytes("05")));
        assertEquals(new Decoded.Complete<>(MethodSelection.of(AuthMethod.NO_ACCEPTABLE_METHODS), 2),
                SocksClientCodec.decodeMethodSelection(Hex.bytes("05ff")));
        assertEquals(new Decoded.Complete<>(UsernamePasswordStatus.SUCCESS, 2),
                SocksClientCodec.decodeUsernamePasswordStatus(Hex.bytes("0100")));
    }

    @Test
    void decodesSocks4Replies() {
        assertEquals(new Decoded.Complete<>(Socks4Reply.resolved(SocksAddress.ipv4(1, 2, 3, 4)), 8),
                SocksClientCodec.decodeSocks4Reply(Hex.bytes("005a000001020304")));
        assertEquals(new Decoded.Complete<>(Socks4Reply.rejected(), 8),
                SocksClientCodec.decodeSocks4Reply(Hex.bytes("005b000000000000ff")));
        assertInstanceOf(Decoded.Incomplete.class, SocksClientCodec.decodeSocks4Reply(Hex.bytes("005b00")));
    }

    @Test
    void decodesEverySocks5ReplyShape() {
        assertEquals(new Decoded.Complete<>(Socks5Reply.withZeroIpv4(Socks5ReplyCode.GENERAL_FAILURE), 10),
                SocksClientCodec.decodeSocks5Reply(Hex.bytes("05010001000000000000")));
        assertEquals(new Decoded.Complete<>(Socks5Reply.withZeroIpv6(Socks5ReplyCode.TTL_EXPIRED), 22),
                SocksClientCodec.decodeSocks5Reply(Hex.bytes("0506000400000000000000000000000000000000" + "0000")));
        assertEquals(new Decoded.Complete<>(Socks5Reply.resolveFailure(), 10),
                SocksClientCodec.decodeSocks5Reply(Hex.bytes("05040000000000000000")));
        assertEquals(new Decoded.Complete<>(new Socks5Reply(Socks5ReplyCode.SUCCEEDED, 0,
                SocksAddress.hostname("one.example"), 0), 18),
                SocksClientCodec.decodeSocks5Reply(Hex.bytes("050000030b6f6e652e6578616d706c650000")));
        assertInstanceOf(Decoded.Incomplete.class, SocksClientCodec.decodeSocks5Reply(Hex.bytes("0500000400")));
        assertInstanceOf(Decoded.Incomplete.class, SocksClientCodec.decodeSocks5Reply(Hex.bytes("05000003")));
        assertInstanceOf(Decoded.Malformed.class, SocksClientCodec.decodeSocks5Reply(Hex.bytes("050000090000")));
        assertInstanceOf(Decoded.Malformed.class, SocksClientCodec.decodeSocks5Reply(Hex.bytes("0100")));
    }

    @Test
    void decodesTheHttpPageUpToItsNul() {
        byte[] page = HttpNotAProxy.tor().encode();
        assertEquals(730, page.length);
        assertEquals(new Decoded.Complete<>(HttpNotAProxy.tor(), 730), SocksClientCodec.decodeHttpNotAProxy(page));
        assertInstanceOf(Decoded.Incomplete.class,
                SocksClientCodec.decodeHttpNotAProxy(java.util.Arrays.copyOf(page, 100)));
        assertInstanceOf(Decoded.Malformed.class, SocksClientCodec.decodeHttpNotAProxy(Hex.bytes("0500")));
    }

    @Test
    void serverRepliesEncodeAsTorSendsThem() {
        assertEquals("0502", Hex.of(MethodSelection.of(AuthMethod.USERNAME_PASSWORD).encode()));
        assertEquals("0100", Hex.of(UsernamePasswordStatus.SUCCESS.encode()));
        assertEquals("005a000000000000", Hex.of(Socks4Reply.granted().encode()));
        assertEquals("05040000000000000000", Hex.of(Socks5Reply.resolveFailure().encode()));
    }
}
