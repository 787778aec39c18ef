package org.torconformance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.torconformance.journal.Redaction;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

class RedactionTest {
    private static String redact(String text) {
        return Redaction.redact(ByteString.latin1(text)).latin1();
    }

    @Test
    void clientSecretsAreRedacted() {
        assertEquals("AUTHENTICATE [redacted]\r\n", redact("AUTHENTICATE 0011AABBCCDDEEFF\r\n"));
        assertEquals("authenticate [redacted]\r\n", redact("authenticate \"my password\"\r\n"));
        assertEquals("AUTHENTICATE\r\n", redact("AUTHENTICATE\r\n"));
        assertEquals("AUTHCHALLENGE SAFECOOKIE [redacted]\r\n", redact("AUTHCHALLENGE SAFECOOKIE 00112233\r\n"));
        assertEquals("ADD_ONION ED25519-V3:[redacted] Port=80\r\n", redact("ADD_ONION ED25519-V3:c2VjcmV0a2V5 Port=80\r\n"));
        assertEquals("ADD_ONION NEW:ED25519-V3 Port=80\r\n", redact("ADD_ONION NEW:ED25519-V3 Port=80\r\n"));
        assertEquals("ONION_CLIENT_AUTH_ADD abc x25519:[redacted] ClientName=a\r\n",
                redact("ONION_CLIENT_AUTH_ADD abc x25519:S0VZS0VZ= ClientName=a\r\n"));
        assertEquals("SETCONF HashedControlPassword=[redacted] SocksPort=0\r\n",
                redact("SETCONF HashedControlPassword=16:ABCDEF SocksPort=0\r\n"));
        assertEquals("HashedControlPassword [redacted]\n", redact("HashedControlPassword 16:ABCDEF\n"));
    }

    @Test
    void serverSecretsAreRedacted() {
        assertEquals("250 AUTHCHALLENGE SERVERHASH=[redacted] SERVERNONCE=[redacted]\r\n",
                redact("250 AUTHCHALLENGE SERVERHASH=AABB SERVERNONCE=CCDD\r\n"));
        assertEquals("250-ServiceID=abc\r\n250-PrivateKey=[redacted]\r\n250 OK\r\n",
                redact("250-ServiceID=abc\r\n250-PrivateKey=ED25519-V3:c2VjcmV0\r\n250 OK\r\n"));
        assertEquals("250-CLIENT abc x25519:[redacted]\r\n", redact("250-CLIENT abc x25519:S0VZ\r\n"));
    }

    @Test
    void aSecretSplitBetweenChunksIsStillRedacted() {
        Redaction.Stream s = new Redaction.Stream();
        String out = s.redact(ByteString.latin1("AUTHENTI")).latin1() + s.redact(ByteString.latin1("CATE 00112")).latin1()
                + s.redact(ByteString.latin1("233\r\nGETINFO version\r\n")).latin1();
        assertEquals("AUTHENTICATE [redacted]\r\nGETINFO version\r\n", out);
    }

    @Test
    void everythingElseIsKeptByteForByte() {
        String text = "GETINFO version\r\n250-version=0.4.9.11\r\n650 CIRC 1 BUILT\r\n\u00ff\u0000\r\n";
        assertEquals(text, redact(text));
    }

    @Test
    void commandsAreRedactedInTheirArgumentsAndBodies() {
        Command c = Redaction.redact(Command.of("AUTHENTICATE", "0011"));
        assertEquals("AUTHENTICATE", c.keyword().latin1());
        assertEquals("[redacted]", c.arguments().latin1());
        Command load = Redaction.redact(Command.multiLine("+LOADCONF", "", "SocksPort 0\nHashedControlPassword 16:AB\n"));
        assertEquals("SocksPort 0\nHashedControlPassword [redacted]\n", load.body().orElseThrow().latin1());
    }
}
