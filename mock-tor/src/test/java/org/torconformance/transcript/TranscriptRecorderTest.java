package org.torconformance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

class TranscriptRecorderTest {
    private final TranscriptRecorder r = new TranscriptRecorder(Optional.of("t"));

    private void controller(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        r.fromController(b, 0, b.length);
    }

    private void tor(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        r.fromTor(b, 0, b.length);
    }

    private String text() {
        return r.transcript().write();
    }

    @Test
    @DisplayName("commands, replies, events and data blocks in the order they passed; tor closing is ! close")
    void plainExchange() {
        controller("GETINFO version config-text\r\nSETEVENTS SIGNAL\r\n");
        tor("650 SIGNAL NEWNYM\r\n250-version=0.4.9.11\r\n250+config-text=\r\nSocksPort 0\r\n..dot\r\n.\r\n250 OK\r\n");
        tor("250 OK\r\n");
        controller("QUIT\r\n");
        tor("250 closing connection\r\n");
        r.torClosed();
        r.controllerClosed();
        assertEquals("""
                @title t
                > GETINFO version config-text
                > SETEVENTS SIGNAL
                < 650 SIGNAL NEWNYM
                < 250-version=0.4.9.11
                < 250+config-text=
                <data
                SocksPort 0
                .dot
                <end
                < 250 OK
                < 250 OK
                > QUIT
                < 250 closing connection
                ! close
                """, text());
        assertEquals(r.transcript(), Transcript.parse(text()), "the file reads back as the same transcript");
    }

    @Test
    @DisplayName("authentication: PROTOCOLINFO, AUTHCHALLENGE and AUTHENTICATE are answered by the model on replay, secrets gone")
    void authenticationIsModelled() {
        String nonce = "88ee583450bf48adf24e741493fcbd93033b65cc0f43f10db7c789c99efd4af5";
        String hash = "468be66ddfc4ad1053741d8142813f900aeefe1cb7c10daa9e2d695965cd6b5b";
        controller("PROTOCOLINFO 1\r\n");
        tor("250-PROTOCOLINFO 1\r\n250-AUTH METHODS=COOKIE,SAFECOOKIE COOKIEFILE=\"/var/lib/tor/control_auth_cookie\"\r\n"
                + "250-VERSION Tor=\"0.4.9.11\"\r\n250 OK\r\n");
        controller("AUTHCHALLENGE SAFECOOKIE " + nonce + "\r\n");
        tor("250 AUTHCHALLENGE SERVERHASH=B2B4BA561FAA6176F7DCDCFAE9AB49CC7408D368E1D80D0458D7FBA93333E56B "
                + "SERVERNONCE=3B1A3DCBBDBC0A0DEE988AD84FFA2F036FDB91F72BF90744BC0A28FBF2C6FF98\r\n");
        controller("AUTHENTICATE " + hash + "\r\nGETINFO version\r\n");
        tor("250 OK\r\n250-version=0.4.9.11\r\n250 OK\r\n");
        r.controllerClosed();
        String t = text();
        assertEquals("""
                @title t
                @auth cookie
                > PROTOCOLINFO 1
                ! model
                > re:AUTHCHALLENGE SAFECOOKIE .*?
                ! model
                > re:AUTHENTICATE .*?
                ! model
                > GETINFO version
                < 250-version=0.4.9.11
                < 250 OK
                ! expect-close
                """, t);
        for (String secret : new String[] {nonce, hash, "B2B4BA56", "3B1A3DCB", "/var/lib/tor"}) {
            assertFalse(t.contains(secret), secret);
        }
        assertTrue(Transcript.parse(t).steps().get(2) instanceof Step.Expect e
                && e.pattern().matches(ByteString.latin1("AUTHCHALLENGE SAFECOOKIE 00ff")));
    }

    @Test
    @DisplayName("a password in AUTHENTICATE and hashed passwords in SETCONF, +LOADCONF, GETCONF and events")
    void passwords() {
        String h = "16:62E95A37E5C393A160BE789A9C4A87A79A2BBC48A5A683772FEF3CE83C";
        controller("AUTHENTICATE \"sesame\"\r\n");
        tor("250 OK\r\n");
        controller("SETCONF HashedControlPassword=" + h + " SocksPort=0\r\n");
        tor("250 OK\r\n");
        controller("+LOADCONF\r\nHashedControlPassword " + h + "\r\nSocksPort 0\r\n.\r\n");
        tor("250 OK\r\n");
        controller("GETCONF HashedControlPassword\r\n");
        tor("650-CONF_CHANGED\r\n650-HashedControlPassword=" + h + "\r\n650 OK\r\n250 HashedControlPassword=" + h + "\r\n");
        String t = text();
        assertFalse(t.contains("sesame"));
        assertFalse(t.contains("62E95A37"), t);
        assertTrue(t.contains("> re:AUTHENTICATE .*?\n! model\n"), t);
        assertTrue(t.contains("> re:SETCONF HashedControlPassword=.*? SocksPort=0\n! model\n"), t);
        assertTrue(t.contains("> re:\\+LOADCONF\\x0aHashedControlPassword .*?\\x0aSocksPort 0\\x0a\n! model\n"), t);
        assertTrue(t.contains("< 650-HashedControlPassword=[scrubbed]\n"), t);
        assertTrue(t.contains("< 250 HashedControlPassword=[scrubbed]\n"), t);
        Step.CommandPattern loadconf = ((Step.Expect) Transcript.parse(t).steps().get(4)).pattern();
        assertTrue(loadconf.matches(ByteString.latin1("+LOADCONF\nHashedControlPassword 16:00\nSocksPort 0\n")));
    }

    @Test
    @DisplayName("onion service keys: a given ADD_ONION key and client auth keys are left out, and their replies too")
    void onionKeys() {
        String key = "ED25519-V3:4O4ZfXybvK0qmkHfYbp3ArVZoiTa2xxxxsecretxxxxkeyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==";
        controller("ADD_ONION " + key + " Port=80,127.0.0.1:8080\r\n");
        tor("250-ServiceID=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcd\r\n250 OK\r\n");
        controller("ADD_ONION NEW:ED25519-V3 Port=80\r\n");
        tor("250-ServiceID=bcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde\r\n250-PrivateKey=ED25519-V3:newsecret\r\n250 OK\r\n");
        controller("ONION_CLIENT_AUTH_ADD bcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde x25519:clientsecret= ClientName=me\r\n");
        tor("250 OK\r\n");
        String t = text();
        for (String secret : new String[] {"secretxxxx", "newsecret", "clientsecret"}) {
            assertFalse(t.contains(secret), secret + " in\n" + t);
        }
        assertTrue(t.contains("> re:ADD_ONION ED25519-V3:.*? Port=80,127\\.0\\.0\\.1:8080\n! model\n"), t);
        assertTrue(t.contains("> ADD_ONION NEW:ED25519-V3 Port=80\n! model\n"), t);
        assertTrue(t.contains("> re:ONION_CLIENT_AUTH_ADD bcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde x25519:.*? ClientName=me\n"), t);
        assertFalse(t.contains("< 250"), "replies to modelled commands are left out:\n" + t);
    }

    @Test
    @DisplayName("bytes that are not well-formed replies are kept raw; a reply split across reads is one reply")
    void rawAndSplit() {
        controller("GETINFO version\r\n");
        tor("250-version=0.4");
        tor(".9.11\r\n250 OK\r\n");
        tor("garbage\n");
        r.torClosed();
        assertEquals("""
                @title t
                > GETINFO version
                < 250-version=0.4.9.11
                < 250 OK
                <~ garbage\\n
                ! close
                """, text());
    }
}
