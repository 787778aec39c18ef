package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.control.onion.OnionMock.connect;
import static org.torconformance.control.onion.OnionMock.text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/** HSFETCH, +HSPOST and the hs/* GETINFO keys, offline as a live tor with DisableNetwork 1 is, and online (simulated). */
class HsFetchPostTest {
    static final String A = AddOnionTest.KEY_SERVICE_ID;
    static final String UNKNOWN = ClientAuthTest.B;
    private static final Pattern HSDIR = Pattern.compile("\\$[0-9A-F]{40}~MockHsDir\\d");
    private static final String DESC_ID = "[A-Za-z0-9+/]{43}";

    @Test
    void offlineFetchAnswersOkAndEmitsNothing() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            c.command("SETEVENTS HS_DESC HS_DESC_CONTENT");
            c.command("ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80");
            assertEquals("250 OK|", text(c.command("HSFETCH " + A)));
            assertEquals("250 OK|", text(c.command("HSFETCH " + UNKNOWN.toUpperCase())));
            assertTrue(c.nextEvent(OnionMock.QUIET).isEmpty(), "with DisableNetwork 1 tor has no HSDir to ask");
            assertEquals("551 Not found in cache|", text(c.command("GETINFO hs/service/desc/id/" + A)));
            assertEquals("551 Not found in cache|", text(c.command("GETINFO hs/client/desc/id/" + A)));
            assertEquals("552 Server \"" + hsDir(0) + "\" not found|", text(c.command("HSFETCH " + A + " SERVER=" + hsDir(0))),
                    "and knows no relay");
        }
    }

    @Test
    void refusesBadFetchArguments() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("513 Invalid argument \"abc\"|", text(c.command("HSFETCH abc")));
            assertEquals("513 Invalid argument \"" + A + ".onion\"|", text(c.command("HSFETCH " + A + ".onion")));
            assertEquals("513 Invalid argument \"v2-abcdefghijklmnopqrstuvwxyz234567\"|",
                    text(c.command("HSFETCH v2-abcdefghijklmnopqrstuvwxyz234567")));
            assertEquals("552 Server \"foo\" not found|", text(c.command("HSFETCH " + A + " server=foo")));
            assertEquals("512 Bad arguments to HSFETCH: Unrecognized keyword argument \"Foo\"|", text(c.command("HSFETCH " + A + " Foo=bar")));
            assertEquals("512 Bad arguments to HSFETCH: Need at least 1 argument(s)|", text(c.command("HSFETCH")));
            assertEquals("551 Invalid address|", text(c.command("GETINFO hs/client/desc/id/abc")));
            assertEquals("551 Invalid address|", text(c.command("GETINFO hs/service/desc/id/" + A + ".onion")));
            assertEquals("552 Unrecognized key \"hs/client/desc/id\"|", text(c.command("GETINFO hs/client/desc/id")));
        }
    }

    @Test
    void onlineFetchOfAHostedServiceReceivesItsDescriptor() {
        try (MockTor tor = OnionMock.online().start(); RawControlClient c = connect(tor)) {
            c.command("SETEVENTS HS_DESC HS_DESC_CONTENT");
            c.command("ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80");
            String descriptor = dataOf(c.command("GETINFO hs/service/desc/id/" + A.toUpperCase()));
            assertEquals("250 OK|", text(c.command("HSFETCH " + A)));
            String requested = event(c);
            Matcher m = Pattern.compile("650 HS_DESC REQUESTED " + A + " NO_AUTH (" + HSDIR + ") (" + DESC_ID + ") HSDIR_INDEX=[0-9A-F]{64}\\|")
                    .matcher(requested);
            assertTrue(m.matches(), requested);
            assertEquals("650 HS_DESC RECEIVED " + A + " NO_AUTH " + m.group(1) + " " + m.group(2) + "|", event(c));
            Reply content = c.nextEvent(OnionMock.WAIT).orElseThrow();
            assertEquals("HS_DESC_CONTENT " + A + " " + m.group(2) + " " + m.group(1), content.first().text().latin1());
            assertEquals(descriptor, dataOf(content));
            assertEquals(descriptor, dataOf(c.command("GETINFO hs/client/desc/id/" + A)));
        }
    }

    @Test
    void onlineFetchOfAnUnknownServiceFailsWithAnEmptyContentEvent() {
        try (MockTor tor = OnionMock.online().start(); RawControlClient c = connect(tor)) {
            c.command("SETEVENTS HS_DESC HS_DESC_CONTENT");
            assertEquals("250 OK|", text(c.command("HSFETCH " + UNKNOWN + " SERVER=" + hsDir(3))));
            String requested = event(c);
            assertTrue(requested.startsWith("650 HS_DESC REQUESTED " + UNKNOWN + " NO_AUTH " + hsDir(3) + " "), requested);
            String descriptorId = requested.split(" ")[6];
            assertEquals("650 HS_DESC FAILED " + UNKNOWN + " NO_AUTH " + hsDir(3) + " " + descriptorId + " REASON=NOT_FOUND|", event(c));
            assertEquals("650+HS_DESC_CONTENT " + UNKNOWN + " " + descriptorId + " " + hsDir(3) + "||.|650 OK|", event(c));
            assertEquals("551 Not found in cache|", text(c.command("GETINFO hs/client/desc/id/" + UNKNOWN)));
        }
    }

    @Test
    void clientAuthDecryptsACachedDescriptorWith252() {
        byte[] clientKey = AddOnionTest.bytes(1, 33);
        String clientPublic = org.torconformance.crypto.X25519ClientAuth.encodePublicKey(
                org.torconformance.crypto.X25519ClientAuth.publicKey(clientKey));
        try (MockTor tor = OnionMock.online().start(); RawControlClient c = connect(tor)) {
            c.command("SETEVENTS HS_DESC_CONTENT");
            c.command("ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80 Flags=V3Auth ClientAuthV3=" + clientPublic.toUpperCase());
            c.command("HSFETCH " + A);
            c.nextEvent(OnionMock.WAIT).orElseThrow();
            String wrong = Base64.getEncoder().encodeToString(AddOnionTest.bytes(2, 34));
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + wrong)), "a key that does not decrypt");
            assertEquals("252 Registered client and decrypted desc|",
                    text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + Base64.getEncoder().encodeToString(clientKey))));
            assertEquals("251 Client for onion existed and replaced|",
                    text(c.command("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + Base64.getEncoder().encodeToString(clientKey))),
                    "already decrypted");
            assertEquals("250 OK|", text(c.command("ONION_CLIENT_AUTH_REMOVE " + A)));
            assertEquals("551 Not found in cache|", text(c.command("GETINFO hs/client/desc/id/" + A)), "removal drops the descriptor");
        }
    }

    @Test
    void postChecksTheDescriptorAndUploadsItOnline() {
        try (MockTor tor = OnionMock.online().start(); RawControlClient c = connect(tor)) {
            c.command("ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80");
            String descriptor = dataOf(c.command("GETINFO hs/service/desc/id/" + A));
            c.command("SETEVENTS HS_DESC");
            assertEquals("250 OK|", text(c.command(post("HSADDRESS=" + UNKNOWN, descriptor))), "tor does not compare the address");
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                events.add(event(c));
            }
            String descriptorId = events.get(0).split(" ")[6];
            for (int i = 0; i < 8; i++) {
                assertEquals("650 HS_DESC UPLOAD " + UNKNOWN + " UNKNOWN " + hsDir(i) + " " + descriptorId,
                        events.get(i).replaceAll(" HSDIR_INDEX=[0-9A-F]{64}\\|$", ""));
                assertEquals("650 HS_DESC UPLOADED " + UNKNOWN + " UNKNOWN " + hsDir(i) + "|", events.get(8 + i));
            }
            assertEquals("250 OK|", text(c.command(post("SERVER=" + hsDir(1).substring(1) + " HSADDRESS=" + A, descriptor))));
            assertTrue(event(c).startsWith("650 HS_DESC UPLOAD " + A + " UNKNOWN " + hsDir(1) + " "));
            assertEquals("650 HS_DESC UPLOADED " + A + " UNKNOWN " + hsDir(1) + "|", event(c));
        }
    }

    @Test
    void postRefusesAsTorDoes() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            assertEquals("554 Invalid descriptor|", text(c.command(post("HSADDRESS=" + A, "hs-descriptor 3\n"))));
            assertEquals("554 Invalid descriptor|", text(c.command(post("hsaddress=" + A.toUpperCase(), "x\n"))));
            assertEquals("512 Malformed onion address|", text(c.command(post("HSADDRESS=abc SERVER=" + hsDir(0), "x\n"))));
            assertEquals("552 Server \"" + hsDir(0) + "\" not found|", text(c.command(post("SERVER=" + hsDir(0) + " HSADDRESS=abc", "x\n"))));
            assertEquals("512 Bad arguments to +HSPOST: Empty body|", text(c.command(post("HSADDRESS=" + A, ""))));
            assertEquals("512 Bad arguments to +HSPOST: Unrecognized keyword argument \"Foo\"|",
                    text(c.command(post("HSADDRESS=" + A + " Foo=bar", "x\n"))));
            assertEquals("512 Bad arguments to +HSPOST: Cannot parse keyword argument(s)|", text(c.command(post("positional", "x\n"))));
            assertEquals("554 Invalid descriptor|", text(c.command(post("", "x\n"))), "the well-formed answer without HSADDRESS");
        }
    }

    @Test
    void postWithoutHsAddressGetsNoReplyWithTorQuirks() {
        try (MockTor tor = OnionMock.offline().torQuirks(true).start(); RawControlClient c = connect(tor)) {
            c.send(post("", "foo\n") + "\r\n");
            assertTrue(c.nextReplyFrame(OnionMock.QUIET).isEmpty(), "tor 0.4.9.11 sends nothing");
            assertEquals("250 OK|", text(c.command("HSFETCH " + A)), "and the connection goes on");
        }
    }

    /** The command line of +HSPOST with its body, without the final CRLF (RawControlClient.command adds it). */
    static String post(String keywords, String body) {
        String data = (body.isEmpty() || body.endsWith("\n") ? body : body + "\n").replace("\n", "\r\n");
        return "+HSPOST" + (keywords.isEmpty() ? "" : " " + keywords) + "\r\n" + data + ".";
    }

    static String hsDir(int i) {
        return SimulatedHsDirs.ALL.get(i).longName();
    }

    private static String event(RawControlClient c) {
        return text(c.nextEvent(OnionMock.WAIT).orElseThrow(() -> new AssertionError("no event")));
    }

    private static String dataOf(Reply reply) {
        for (ReplyLine line : reply.lines()) {
            if (line instanceof ReplyLine.Data d) {
                return d.data().latin1();
            }
        }
        throw new AssertionError("no data block in " + text(reply));
    }
}
