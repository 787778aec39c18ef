package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveTorAuthTest {
    // tor --hash-password foo, from the facts digest (salted, so any valid hash of "foo" would do)
    private static final String HASH_OF_FOO = "16:116CD37C544BB7BE6027C975E29C0E06451BCD0B3B4B69BE4892B72C73";

    @Test
    void noAuthAdvertisesNull() {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start()) {
            assertEquals("250-AUTH METHODS=NULL", authLine(tor));
            assertEquals(250, authenticate(tor, "AUTHENTICATE").status());
        }
    }

    @Test
    void cookieAuthAdvertisesCookieMethodsAndTheCookieFile() throws Exception {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.cookie()).start()) {
            String cookieFile = tor.cookieFile().orElseThrow().toString();
            assertEquals("250-AUTH METHODS=COOKIE,SAFECOOKIE COOKIEFILE=\"" + cookieFile + "\"", authLine(tor));
            assertEquals(32, Files.size(tor.cookieFile().orElseThrow()));
            try (ControlConnection c = ControlConnection.openWithCookie(tor.controlPort(), tor.cookieFile().get())) {
                assertTrue(c.send("GETINFO version").isOk());
            }
        }
    }

    @Test
    void readyHashIsUsedAsIs() {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.hashedPassword(HASH_OF_FOO)).start()) {
            assertEquals("250-AUTH METHODS=HASHEDPASSWORD", authLine(tor));
            assertEquals(250, authenticate(tor, "AUTHENTICATE \"foo\"").status());
        }
    }

    @Test
    void plainPasswordIsHashedByTor() {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.password("s3cret pass")).start()) {
            assertEquals("250-AUTH METHODS=HASHEDPASSWORD", authLine(tor));
            assertEquals(250, authenticate(tor, "AUTHENTICATE \"s3cret pass\"").status());
            assertEquals(515, authenticate(tor, "AUTHENTICATE \"wrong\"").status());
        }
    }

    @Test
    void callerSuppliedHasherDecidesTheHash() {
        List<String> hashed = new ArrayList<>();
        ControlAuth auth = ControlAuth.password("ignored-by-this-hasher", pw -> {
            hashed.add(pw);
            return HASH_OF_FOO;
        });
        try (LiveTor tor = LiveTor.builder().auth(auth).start()) {
            assertEquals(List.of("ignored-by-this-hasher"), hashed);
            assertEquals("250-AUTH METHODS=HASHEDPASSWORD", authLine(tor));
            assertEquals(250, authenticate(tor, "AUTHENTICATE \"foo\"").status());
        }
    }

    private static String authLine(LiveTor tor) {
        try (ControlConnection c = ControlConnection.open(tor.controlPort())) {
            ControlReply reply = c.send("PROTOCOLINFO 1");
            assertEquals(250, reply.status(), reply.lines().toString());
            return reply.lines().stream().filter(l -> l.startsWith("250-AUTH ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no AUTH line in " + reply.lines()));
        }
    }

    private static ControlReply authenticate(LiveTor tor, String command) {
        try (ControlConnection c = ControlConnection.open(tor.controlPort())) {
            return c.send(command);
        }
    }
}
