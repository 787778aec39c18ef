package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.torconformance.wire.Bytes.b;
import static org.torconformance.wire.Bytes.raw;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §4.1, §4.3, §1.1: PROTOCOLINFO and AUTHCHALLENGE replies, and the pre-auth protocol probe. */
class TypedRepliesTest {
    static Reply reply(String wire) {
        return assertInstanceOf(Reply.class, new ReplyDecoder().feed(raw(wire)).get(0));
    }

    @Test
    @DisplayName("facts §4.1: PROTOCOLINFO with cookie and password, COOKIEFILE unescaped")
    void protocolInfoWithCookie() {
        String wire = "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=COOKIE,SAFECOOKIE,HASHEDPASSWORD "
                + "COOKIEFILE=\"C:\\\\tor\\\\control_auth_cookie\"\r\n250-VERSION Tor=\"0.4.9.11\"\r\n250 OK\r\n";
        ProtocolInfo p = ProtocolInfo.parse(reply(wire));
        assertEquals("1", p.protocolVersion());
        assertEquals(List.of("COOKIE", "SAFECOOKIE", "HASHEDPASSWORD"), p.authMethods());
        assertEquals(Optional.of(b("C:\\tor\\control_auth_cookie")), p.cookieFile());
        assertEquals(Optional.of(b("0.4.9.11")), p.torVersion());
        assertEquals(b(wire), p.toReply().encode());
    }

    @Test
    @DisplayName("facts §4.1: lines in any order, unknown lines and extra words tolerated and kept")
    void protocolInfoTolerance() {
        ProtocolInfo p = ProtocolInfo.parse(reply("250-VERSION Tor=\"0.5.0\" EXTRA=1\r\n250-FUTURE stuff\r\n"
                + "250-AUTH METHODS=NULL NEWTHING=x\r\n250-PROTOCOLINFO 1\r\n250 OK\r\n"));
        assertEquals(List.of("NULL"), p.authMethods());
        assertEquals(Optional.empty(), p.cookieFile());
        assertEquals(List.of(ReplyLine.mid(250, "FUTURE stuff")), p.otherLines());
    }

    @Test
    @DisplayName("a PROTOCOLINFO error is not a PROTOCOLINFO reply")
    void protocolInfoError() {
        assertThrows(IllegalArgumentException.class, () -> ProtocolInfo.parse(Reply.of(514, "Authentication required.")));
    }

    @Test
    @DisplayName("facts §4.3: AUTHCHALLENGE reply, uppercase hex both ways")
    void authChallenge() {
        HexFormat hex = HexFormat.of().withUpperCase();
        String hash = "FF4E160CE7389DCC1F14FA0AD0FC022D1230C36B165F623F86622A19289E763F";
        String nonce = "FFFEFDFCFBFAF9F8F7F6F5F4F3F2F1F0EFEEEDECEBEAE9E8E7E6E5E4E3E2E1E0";
        AuthChallengeReply r = AuthChallengeReply.parse(Reply.of(250, "AUTHCHALLENGE SERVERHASH=" + hash + " SERVERNONCE=" + nonce));
        assertEquals(ByteString.of(hex.parseHex(hash)), r.serverHash());
        assertEquals(b("250 AUTHCHALLENGE SERVERHASH=" + hash + " SERVERNONCE=" + nonce + "\r\n"), r.toReply().encode());
    }

    @Test
    @DisplayName("facts §1.1: v0 binary and HTTP requests are recognised before authentication")
    void protocolProbe() {
        assertEquals(ProtocolProbe.Kind.V0, probe("AB\u0000\u0001rest"));
        assertEquals(ProtocolProbe.Kind.HTTP, probe("GET / HTTP/1.0\r\n"));
        assertEquals(ProtocolProbe.Kind.HTTP, probe("CONNECT x:1 HTTP/1.1\r\n"));
        assertEquals(ProtocolProbe.Kind.CONTROL, probe("get / HTTP/1.0\r\n"), "case-sensitive");
        assertEquals(ProtocolProbe.Kind.CONTROL, probe("GET"), "not enough bytes yet");
        assertEquals(ProtocolProbe.Kind.CONTROL, probe("PROTOCOLINFO\r\n"));
    }

    static ProtocolProbe.Kind probe(String s) {
        byte[] b = raw(s);
        return ProtocolProbe.classify(b, 0, b.length);
    }
}
