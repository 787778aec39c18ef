package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.control.onion.OnionMock.connect;
import static org.torconformance.control.onion.OnionMock.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** ONION_CLIENT_AUTH_ADD/REMOVE/VIEW, each reply as tor 0.4.9.11 gave it. */
class ClientAuthTest {
    static final String A = AddOnionTest.KEY_SERVICE_ID;
    static final String B = "eg2sdigesq5fniowtqcyn7uwtayzolcirsd2taz5txkobqzxko5tvqyd";
    static final String KEY1 = Base64.getEncoder().encodeToString(AddOnionTest.bytes(1, 33));
    static final String KEY2 = Base64.getEncoder().encodeToString(AddOnionTest.bytes(2, 34));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | 512 Incomplete ONION_CLIENT_AUTH_ADD command",
        A + "                                 | 512 Incomplete ONION_CLIENT_AUTH_ADD command",
        "abc x25519:" + "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= | 512 Invalid v3 address \"abc\"",
        A + " curve:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= | 552 Unrecognized key type \"curve\"",
        A + " x25519                          | 512 Invalid key type/blob",
        A + " x25519:AQID                     | 512 Failed to decode x25519 private key",
        A + " x25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | 553 Invalid private key \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= Flags= | 512 Invalid 'Flags' argument",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= Flags=permanent,Foo | 512 Invalid 'Flags' argument: \"Foo\"",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= FlagsX=Foo | 512 Invalid 'Flags' argument: \"Foo\"",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= Bare | 512 Bad arguments to ONION_CLIENT_AUTH_ADD: Cannot parse keyword argument(s)",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= Flags=Permanent | 553 Unable to store creds for \"" + A + "\"",
        A + " x25519:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= Flags=Permanent Flags= | 553 Unable to store creds for \"" + A + "\"",
    })
    void refusesAsTorDoes(String arguments, String reply) {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals(reply + "|", text(c.command(("ONION_CLIENT_AUTH_ADD " + arguments).strip())));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250 OK|", text(c.command("ONION_CLIENT_AUTH_VIEW")));
        }
    }

    @Test
    void addsReplacesViewsAndRemoves() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1)));
            assertEquals("251 Client for onion existed and replaced|",
                    text(c.command("ONION_CLIENT_AUTH_ADD " + A + " X25519:" + KEY2 + " ClientName=alice Ignored=1")));
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_ADD " + B + " x25519:" + KEY1 + " ClientName=")));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + B + " x25519:" + KEY1 + " ClientName=|250-CLIENT " + A
                    + " x25519:" + KEY2 + " ClientName=alice|250 OK|", text(c.command("ONION_CLIENT_AUTH_VIEW")));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW " + A + "|250-CLIENT " + A + " x25519:" + KEY2 + " ClientName=alice|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW " + A + " Foo=bar")));
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_REMOVE " + A.toUpperCase())));
            assertEquals("251 No credentials for \"" + A + "\"|", text(c.command("ONION_CLIENT_AUTH_REMOVE " + A)));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + B + " x25519:" + KEY1 + " ClientName=|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW")));
        }
    }

    @Test
    void keepsTheAddressInTheCaseItWasGiven() {
        String upper = A.toUpperCase();
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1);
            assertEquals("251 Client for onion existed and replaced|", text(c.command("ONION_CLIENT_AUTH_ADD " + upper + " x25519:" + KEY1)));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW " + A + "|250 OK|", text(c.command("ONION_CLIENT_AUTH_VIEW " + A)));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW " + upper + "|250-CLIENT " + upper + " x25519:" + KEY1 + "|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW " + upper)));
        }
    }

    @Test
    void refusesBadViewAndRemoveArguments() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("512 Invalid v3 address \"abc\"|", text(c.command("ONION_CLIENT_AUTH_VIEW abc")));
            assertEquals("512 Bad arguments to ONION_CLIENT_AUTH_VIEW: Cannot parse keyword argument(s)|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW " + A + " extra")));
            assertEquals("512 Incomplete ONION_CLIENT_AUTH_REMOVE command|", text(c.command("ONION_CLIENT_AUTH_REMOVE")));
            assertEquals("512 Invalid v3 address \"abc\"|", text(c.command("ONION_CLIENT_AUTH_REMOVE abc")));
            assertEquals("251 No credentials for \"" + B + "\"|", text(c.command("ONION_CLIENT_AUTH_REMOVE " + B + " x=y")));
        }
    }

    @Test
    void aLongClientNameIsOnlyRefusedByDefault() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("512 ClientName longer than 16 chars|",
                    text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1 + " ClientName=abcdefghijklmnopq")));
            assertTrue(c.nextReplyFrame(OnionMock.QUIET).isEmpty(), "one reply only");
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250 OK|", text(c.command("ONION_CLIENT_AUTH_VIEW")));
        }
    }

    @Test
    void aLongClientNameGetsTorsExtraRepliesWithTorQuirks() {
        try (MockTor tor = OnionMock.offline().torQuirks(true).start(); RawControlClient c = connect(tor)) {
            assertEquals("512 ClientName longer than 16 chars|",
                    text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1 + " ClientName=abcdefghijklmnopq")));
            assertEquals("250 OK|", text(c.nextReply(OnionMock.WAIT).orElseThrow()), "the same command's second final reply");
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + A + " x25519:" + KEY1 + " ClientName=abcdefghijklmnopq|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW")));
            c.drain(OnionMock.QUIET, OnionMock.WAIT);
            c.send("ONION_CLIENT_AUTH_ADD " + B + " x25519:" + KEY1 + " ClientName=12345678901234567 ClientName=12345678901234567 Flags=Bogus\r\n");
            assertEquals("512 ClientName longer than 16 chars|512 ClientName longer than 16 chars|512 Invalid 'Flags' argument: \"Bogus\"|",
                    c.drain(OnionMock.QUIET, OnionMock.WAIT).latin1().replace("\r\n", "|"));
        }
    }

    @Test
    void storesPermanentCredentialsInClientOnionAuthDir(@TempDir Path dir) throws Exception {
        String upper = A.toUpperCase();
        try (MockTor tor = OnionMock.offline().option("ClientOnionAuthDir", dir.toString()).start(); RawControlClient c = connect(tor)) {
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_ADD " + upper + " x25519:" + KEY1 + " Flags=Permanent ClientName=x")));
            Path file = dir.resolve(upper + ".auth_private");
            assertEquals(upper + ":descriptor:x25519:aebagbafaydqqcikbmga2dqpcaireeyuculbogazdinryhi6d4qa", Files.readString(file),
                    "the file tor 0.4.9.11 wrote for this key, byte for byte");
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + upper + " x25519:" + KEY1 + " Flags=Permanent ClientName=x|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW")));
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_REMOVE " + A)));
            assertFalse(Files.exists(file), "removing deletes the file named as the credential was added");
        }
    }

    @Test
    void aConfigurationChangeKeepsOnlyPermanentCredentials(@TempDir Path dir) {
        try (MockTor tor = OnionMock.offline().option("ClientOnionAuthDir", dir.toString()).start(); RawControlClient c = connect(tor)) {
            c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1 + " ClientName=temp");
            c.command("ONION_CLIENT_AUTH_ADD " + B + " x25519:" + KEY2 + " Flags=Permanent ClientName=kept");
            tor.reactor().run(() -> tor.model().config().set("ContactInfo", "changed"));
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + B + " x25519:" + KEY2 + " Flags=Permanent|250 OK|",
                    text(c.command("ONION_CLIENT_AUTH_VIEW")), "reloaded from the file, which has no name");
        }
    }

    @Test
    void loadsClientOnionAuthDirAtStart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.auth_private"), B + ":descriptor:x25519:aebagbafaydqqcikbmga2dqpcaireeyuculbogazdinryhi6d4qa\n");
        Files.writeString(dir.resolve("ignored.txt"), A + ":descriptor:x25519:aebagbafaydqqcikbmga2dqpcaireeyuculbogazdinryhi6d4qa");
        Files.writeString(dir.resolve("bad.auth_private"), A + ":descriptor:x25519:tooshort");
        try (MockTor tor = OnionMock.offline().option("ClientOnionAuthDir", dir.toString()).start(); RawControlClient c = connect(tor)) {
            Reply view = c.command("ONION_CLIENT_AUTH_VIEW");
            assertEquals("250-ONION_CLIENT_AUTH_VIEW|250-CLIENT " + B + " x25519:" + KEY1 + " Flags=Permanent|250 OK|", text(view));
        }
    }
}
