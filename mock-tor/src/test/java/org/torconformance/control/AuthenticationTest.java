package org.torconformance.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.crypto.SafeCookie;
import org.torconformance.wire.AuthChallengeReply;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ProtocolInfo;
import org.torconformance.wire.Reply;

/** Facts §3.1 and §4: the authentication state machine, as tor 0.4.9.11 runs it. */
class AuthenticationTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("facts §9: PROTOCOLINFO with no auth configured, then a bare AUTHENTICATE")
    void nullAuth() {
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(ByteString.latin1("250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250-VERSION Tor=\"0.4.9.11\"\r\n250 OK\r\n"),
                    c.command("PROTOCOLINFO").encode());
            assertEquals(Reply.ok(), c.command("AUTHENTICATE"));
            assertEquals(List.of("NULL"), ProtocolInfo.parse(c.command("PROTOCOLINFO 1 2 3")).authMethods(), "repeatable after auth");
        }
    }

    @Test
    @DisplayName("facts §3.1: a second PROTOCOLINFO before authentication gets 514 and the connection closes")
    void secondProtocolInfo() {
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            c.command("PROTOCOLINFO");
            assertEquals(Reply.of(514, "Authentication required."), c.command("PROTOCOLINFO"));
            assertTrue(c.awaitClosed(WAIT));
        }
    }

    @Test
    @DisplayName("facts §3.1: anything but the initial commands before authentication: 514 and close")
    void authenticationRequired() {
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(Reply.of(514, "Authentication required."), c.command("GETINFO version"));
            assertTrue(c.awaitClosed(WAIT));
        }
    }

    @Test
    @DisplayName("facts §3.1: a generic 512 before authentication does not close; the next command gets 514")
    void genericParseErrorDoesNotClose() {
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(Reply.of(512, "Bad arguments to AUTHENTICATE: Cannot parse keyword argument(s)"),
                    c.command("AUTHENTICATE \"unterminated"));
            assertFalse(c.isClosedByPeer());
            assertEquals(514, c.command("SIGNAL NEWNYM").status());
        }
    }

    @Test
    @DisplayName("facts §4.3: cookie file is 32 bytes, mode 0600; PROTOCOLINFO names it; COOKIE works")
    void cookie() throws Exception {
        try (MockTor tor = MockTor.builder().auth(Auth.cookie()).start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            byte[] cookie = Files.readAllBytes(tor.cookieFile());
            assertEquals(32, cookie.length);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tor.cookieFile())));
            ProtocolInfo pi = ProtocolInfo.parse(c.command("PROTOCOLINFO"));
            assertEquals(List.of("COOKIE", "SAFECOOKIE"), pi.authMethods());
            assertEquals(Optional.of(ByteString.utf8(tor.cookieFile().toString())), pi.cookieFile());
            assertEquals(Reply.ok(), c.command("AUTHENTICATE " + HexFormat.of().formatHex(cookie)));
            assertEquals(Reply.ok(), c.command("USEFEATURE VERBOSE_NAMES"), "authenticated");
        }
    }

    @Test
    @DisplayName("facts §4.2: a wrong cookie, or one of the wrong length, gets 515 and the connection closes")
    void wrongCookie() {
        try (MockTor tor = MockTor.builder().auth(Auth.cookie()).start()) {
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(515, "Authentication failed: Authentication cookie did not match expected value."),
                        c.command("AUTHENTICATE " + "00".repeat(32)));
                assertTrue(c.awaitClosed(WAIT));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(515, "Authentication failed: Wrong length on authentication cookie."), c.command("AUTHENTICATE 00"));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(551, c.command("AUTHENTICATE nothex").status());
                assertTrue(c.awaitClosed(WAIT));
            }
        }
    }

    @Test
    @DisplayName("facts §4.3: SAFECOOKIE: the server hash verifies and our client hash is accepted")
    void safeCookie() {
        try (MockTor tor = MockTor.builder().auth(Auth.cookie()).seed(7).start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            byte[] clientNonce = HexFormat.of().parseHex("0102030405060708");
            AuthChallengeReply r = AuthChallengeReply.parse(c.command("AUTHCHALLENGE SAFECOOKIE 0102030405060708"));
            SafeCookie sc = new SafeCookie(tor.cookie());
            assertTrue(sc.isServerHash(clientNonce, r.serverNonce().toByteArray(), r.serverHash().toByteArray()));
            assertEquals(514, c.command("PROTOCOLINFO").status(), "no PROTOCOLINFO after AUTHCHALLENGE");
        }
        try (MockTor tor = MockTor.builder().auth(Auth.cookie()).seed(7).start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            AuthChallengeReply r = AuthChallengeReply.parse(c.command("AUTHCHALLENGE SAFECOOKIE \"nonce\""));
            byte[] hash = new SafeCookie(tor.cookie()).clientHash("nonce".getBytes(), r.serverNonce().toByteArray());
            assertEquals(Reply.ok(), c.command("AUTHENTICATE " + HexFormat.of().formatHex(hash)));
        }
    }

    @Test
    @DisplayName("seeded mocks give the same server nonces")
    void seededNonces() {
        List<ByteString> nonces = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (MockTor tor = MockTor.builder().auth(Auth.cookie()).seed(42).start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                nonces.add(AuthChallengeReply.parse(c.command("AUTHCHALLENGE SAFECOOKIE 00")).serverNonce());
            }
        }
        assertEquals(nonces.get(0), nonces.get(1));
    }

    @Test
    @DisplayName("facts §4.3: AUTHCHALLENGE errors close the connection")
    void authChallengeErrors() {
        try (MockTor tor = MockTor.builder().auth(Auth.cookie()).start()) {
            for (String[] t : List.of(new String[] {"AUTHCHALLENGE FOO 00", "513 AUTHCHALLENGE only supports SAFECOOKIE authentication"},
                    new String[] {"AUTHCHALLENGE SAFECOOKIE", "512 Wrong number of arguments for AUTHCHALLENGE"},
                    new String[] {"AUTHCHALLENGE SAFECOOKIE a=b", "512 AUTHCHALLENGE does not accept keyword arguments."},
                    new String[] {"AUTHCHALLENGE SAFECOOKIE 0", "513 Invalid base16 client nonce"})) {
                try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                    Reply r = c.command(t[0]);
                    assertEquals(t[1], r.status() + " " + r.end().text().latin1(), t[0]);
                    assertTrue(c.awaitClosed(WAIT), t[0]);
                }
            }
        }
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(Reply.of(515, "Cookie authentication is disabled"), c.command("AUTHCHALLENGE SAFECOOKIE 00"));
        }
    }

    @Test
    @DisplayName("facts §4.2/4.4: hashed passwords: quoted secret works, hex secret works, wrong one gets 515")
    void password() {
        try (MockTor tor = MockTor.builder().auth(Auth.hashed("16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2")).start()) {
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(List.of("HASHEDPASSWORD"), ProtocolInfo.parse(c.command("PROTOCOLINFO")).authMethods());
                assertEquals(Reply.ok(), c.command("AUTHENTICATE \"f\\oo\""));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.ok(), c.command("AUTHENTICATE 666F6F"));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(515, "Authentication failed: Password did not match HashedControlPassword value from configuration"),
                        c.command("AUTHENTICATE \"bar\""));
                assertTrue(c.awaitClosed(WAIT));
            }
        }
        try (MockTor tor = MockTor.builder().auth(Auth.password("s3cret")).start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(Reply.ok(), c.command("AUTHENTICATE \"s3cret\""));
        }
    }

    @Test
    @DisplayName("facts §4.2: two values, or a keyword argument, get 512 and close")
    void badAuthenticateArguments() {
        try (MockTor tor = MockTor.start()) {
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(512, "Too many arguments to AUTHENTICATE."), c.command("AUTHENTICATE a b"));
                assertTrue(c.awaitClosed(WAIT));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(512, "AUTHENTICATE does not accept keyword arguments."), c.command("AUTHENTICATE k=v"));
            }
        }
    }

    @Test
    @DisplayName("a quote after a NUL does not make the secret a quoted one: tor looks for it with strchr")
    void quoteAfterNul() {
        try (MockTor tor = MockTor.start(); RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            assertEquals(551, c.command("AUTHENTICATE version \0 \"quoted value\"").status(), "'version' is read as hex");
            assertTrue(c.awaitClosed(WAIT));
        }
    }

    @Test
    @DisplayName("facts §1.1: HTTP and v0 probes before authentication get tor's rejection and a close")
    void httpAndV0() {
        try (MockTor tor = MockTor.start()) {
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                c.send("GET / HTTP/1.0\r\n\r\n");
                assertTrue(c.awaitClosed(WAIT));
                assertTrue(c.received().latin1().startsWith("HTTP/1.0 501 Tor ControlPort is not an HTTP proxy\r\n"));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                c.send(ByteString.of(new byte[] {'A', 'B', 0, 1}));
                assertTrue(c.awaitClosed(WAIT));
                byte[] got = c.received().toByteArray();
                assertArrayEquals(new byte[] {0, 0x60, 0, 0, 0, 1}, java.util.Arrays.copyOf(got, 6));
                assertEquals(0x60 + 4, got.length);
            }
        }
    }

    @Test
    @DisplayName("facts §3.1: QUIT works in any state; a command of 1 MiB gets '500 Line too long.' and a close")
    void quitAndTooLong() {
        try (MockTor tor = MockTor.start()) {
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                assertEquals(Reply.of(250, "closing connection"), c.command("quit ignored args"));
                assertTrue(c.awaitClosed(WAIT));
            }
            try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
                c.command("AUTHENTICATE");
                c.send("GETINFO " + "x".repeat(1024 * 1024) + "\r\n");
                assertEquals(Optional.of(Reply.of(500, "Line too long.")), c.nextReply(WAIT));
                assertTrue(c.awaitClosed(WAIT));
            }
        }
    }

    @Test
    @DisplayName("facts §1.5: unknown commands echo the keyword as typed; the control socket works too")
    void unknownCommandAndUnixSocket() throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("mock-tor-sock");
        try (MockTor tor = MockTor.builder().controlSocket(dir.resolve("control")).start();
             RawControlClient c = RawControlClient.connect(java.net.UnixDomainSocketAddress.of(tor.controlSocket().orElseThrow()))) {
            c.command("AUTHENTICATE");
            assertEquals(Reply.of(510, "Unrecognized command \"fOo\""), c.command("fOo bar"));
            assertEquals(Reply.of(510, "Unrecognized command \"\""), c.command("  GETINFO x"));
        }
    }
}
