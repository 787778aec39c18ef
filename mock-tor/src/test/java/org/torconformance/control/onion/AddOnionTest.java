package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.control.onion.OnionMock.connect;
import static org.torconformance.control.onion.OnionMock.text;

import java.util.Base64;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.crypto.OnionServiceKey;
import org.torconformance.wire.Reply;

/** ADD_ONION's replies, each case observed on a live tor 0.4.9.11 (DisableNetwork 1). */
class AddOnionTest {
    /** The expanded key 00 01 .. 3f; tor 0.4.9.11 gives it this ServiceID. */
    static final String KEY = Base64.getEncoder().encodeToString(bytes(0, 64));
    static final String KEY_SERVICE_ID = "zjfejdb7ytiesro2t7pzeclwybpjxpr5rtv3dbmourgvq7c6mpby4mqd";
    static final String CLIENT = "a".repeat(52);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NEW:BEST                                    | 512 Missing 'Port' argument",
        "Port=80                                     | 512 Missing 'Port' argument",
        "NEW:RSA1024 Port=80                         | 513 Invalid key type",
        "RSA1024:abcd Port=80                        | 513 Invalid key type",
        "NEW:FOO Port=80                             | 513 Invalid key type",
        "FOO Port=80                                 | 512 Invalid key type/blob",
        "NEW: Port=80                                | 512 Invalid key type/blob",
        "NEW:ED25519-V3:x Port=80                    | 512 Invalid key type/blob",
        "ED25519-V3:abc Port=80                      | 512 Failed to decode ED25519-V3 key",
        "NEW:BEST Port=80 Flags=NonAnonymous         | 512 Tor is in anonymous hidden service mode",
        "FOO:BAR Flags=NonAnonymous Port=80          | 512 Tor is in anonymous hidden service mode",
        "NEW:BEST Port=80 Flags=BasicAuth            | 512 Invalid 'Flags' argument: \"BasicAuth\"",
        "NEW:BEST Port=80 Flags=DiscardPK,Bogus      | 512 Invalid 'Flags' argument: \"Bogus\"",
        "NEW:BEST Port=80 Flags=                     | 512 Invalid 'Flags' argument",
        "NEW:BEST Port=80 Flags=,,                   | 512 Invalid 'Flags' argument",
        "NEW:BEST Port=80 Flags=V3Auth               | 512 No auth clients specified",
        "FOO:BAR Flags=V3Auth Port=80                | 512 No auth clients specified",
        "NEW:BEST Port=80 ClientAuthV3=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 512 No auth type specified",
        "NEW:BEST Port=80 Flags=V3Auth ClientAuthV3=abc | 512 Cannot decode v3 client auth key",
        "NEW:BEST Port=80 MaxStreams=65536           | 512 Invalid MaxStreams",
        "NEW:BEST Port=80 MaxStreams=                | 512 Invalid MaxStreams",
        "NEW:BEST Port=80 MaxStreams=5 MaxStreams=x  | 512 Invalid MaxStreams",
        "NEW:BEST Flags=Bogus Port=abc               | 512 Invalid 'Flags' argument: \"Bogus\"",
        "NEW:BEST Port=abc Flags=Bogus               | 512 Invalid VIRTPORT/TARGET",
        "NEW:BEST Port=80 Foo=bar                    | 512 Bad arguments to ADD_ONION: Unrecognized keyword argument \"Foo\"",
        "NEW:BEST Port=80 Flags                      | 512 Bad arguments to ADD_ONION: Cannot parse keyword argument(s)",
        "NEW:BEST Port=80 Flags=\"DiscardPK\"        | 512 Bad arguments to ADD_ONION: Cannot parse keyword argument(s)",
        "NEW:BEST Port=80,unix:\"/tmp/x\"            | 512 Bad arguments to ADD_ONION: Cannot parse keyword argument(s)",
    })
    void refusesAsTorDoes(String arguments, String reply) {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals(reply, text(c.command("ADD_ONION " + arguments)).replaceAll("\\|$", ""));
            assertEquals("250-onions/current=|250 OK|", text(c.command("GETINFO onions/current")));
        }
    }

    @Test
    void needsAnArgument() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("512 Bad arguments to ADD_ONION: Need at least 1 argument(s)|", text(c.command("ADD_ONION")));
        }
    }

    @Test
    void generatesAKeyAndPrintsItUnlessDiscarded() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            Reply added = c.command("ADD_ONION NEW:BEST Port=80");
            assertEquals(3, added.lines().size(), text(added));
            String blob = OnionMock.value(added, "PrivateKey");
            assertTrue(blob.startsWith("ED25519-V3:"), blob);
            OnionServiceKey key = OnionServiceKey.parseBlob(blob.substring("ED25519-V3:".length()));
            assertEquals(key.address().serviceId(), OnionMock.value(added, "ServiceID"));

            Reply discarded = c.command("ADD_ONION new:ed25519-v3 Port=80 Flags=discardpk");
            assertEquals(2, discarded.lines().size(), text(discarded));
            assertTrue(text(discarded).matches("250-ServiceID=[a-z2-7]{56}\\|250 OK\\|"), text(discarded));
        }
    }

    @Test
    void derivesTheServiceIdOfASuppliedKeyAndRefusesItTwice() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor); RawControlClient other = connect(tor)) {
            assertEquals("250-ServiceID=" + KEY_SERVICE_ID + "|250 OK|", text(c.command("ADD_ONION ED25519-V3:" + KEY + " Port=80")));
            assertEquals("550 Onion address collision|", text(c.command("ADD_ONION ed25519-v3:" + KEY + " Port=81 Flags=DiscardPK")));
            assertEquals("550 Onion address collision|", text(other.command("ADD_ONION ED25519-V3:" + KEY + " Port=80")));
        }
    }

    @Test
    void refusesAKeyWithoutAnAddress() {
        String zeroScalar = Base64.getEncoder().encodeToString(new byte[64]);
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("551 Failed to generate onion address|", text(c.command("ADD_ONION ED25519-V3:" + zeroScalar + " Port=80")));
        }
    }

    @Test
    void echoesClientAuthV3AsSent() {
        String upper = "A".repeat(51) + "B";
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            Reply r = c.command("ADD_ONION ED25519-V3:" + KEY + " Port=80 Flags=V3Auth,DiscardPK ClientAuthV3=" + CLIENT
                    + " ClientAuthV3=" + upper);
            assertEquals("250-ServiceID=" + KEY_SERVICE_ID + "|250-ClientAuthV3=" + CLIENT + "|250-ClientAuthV3=" + upper + "|250 OK|", text(r));
        }
    }

    @Test
    void followsHiddenServiceNonAnonymousMode() {
        try (MockTor tor = OnionMock.offline().option("HiddenServiceNonAnonymousMode", "1")
                .option("HiddenServiceSingleHopMode", "1").start(); RawControlClient c = connect(tor)) {
            assertEquals("512 Tor is in non-anonymous hidden service mode|", text(c.command("ADD_ONION NEW:BEST Port=80")));
            assertTrue(c.command("ADD_ONION NEW:BEST Port=80 Flags=NonAnonymous,DiscardPK").isSuccess());
        }
    }

    @Test
    void v2ClientAuthGetsAWellFormedRefusalByDefault() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("512 Bad arguments to ADD_ONION: Unrecognized keyword argument \"ClientAuth\"|",
                    text(c.command("ADD_ONION NEW:BEST Port=80 ClientAuth=bob")));
            assertEquals("512 Invalid VIRTPORT/TARGET|", text(c.command("ADD_ONION NEW:BEST Port=abc clientauth=x")),
                    "earlier keywords are still read first");
        }
    }

    @Test
    void v2ClientAuthGetsNoReplyWithTorQuirks() {
        try (MockTor tor = OnionMock.offline().torQuirks(true).start(); RawControlClient c = connect(tor)) {
            c.send("ADD_ONION NEW:BEST Port=80 ClientAuth=bob\r\n");
            assertTrue(c.nextReplyFrame(OnionMock.QUIET).isEmpty(), "tor 0.4.9.11 sends nothing");
            assertEquals("250-onions/current=|250 OK|", text(c.command("GETINFO onions/current")), "and adds nothing");
        }
    }

    static byte[] bytes(int from, int to) {
        byte[] b = new byte[to - from];
        IntStream.range(from, to).forEach(i -> b[i - from] = (byte) i);
        return b;
    }
}
