package org.torconformance.control.onion;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.control.onion.OnionMock.connect;
import static org.torconformance.control.onion.OnionMock.text;
import static org.torconformance.control.onion.OnionMock.value;

import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;

/** Who owns an onion service: onions/current, onions/detached, DEL_ONION, and closing connections. */
class OnionOwnershipTest {
    @Test
    void listsServicesPerConnectionAndDetachedOnes() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor); RawControlClient other = connect(tor)) {
            String a = add(c, "");
            String d1 = add(c, ",Detach");
            String d2 = add(other, ",Detach");
            assertEquals("250-onions/current=" + a + "|250+onions/detached=|" + d1 + "|" + d2 + "|.|250 OK|",
                    text(c.command("GETINFO onions/current onions/detached")));
            assertEquals("250-onions/current=|250 OK|", text(other.command("GETINFO onions/current")));
        }
    }

    @Test
    void deletionMovesTheLastServiceIntoTheGapAsTorDoes() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            String first = add(c, "");
            String second = add(c, "");
            String third = add(c, "");
            assertEquals("250 OK|", text(c.command("DEL_ONION " + first)));
            assertEquals("250+onions/current=|" + third + "|" + second + "|.|250 OK|", text(c.command("GETINFO onions/current")));
        }
    }

    @Test
    void deletesOwnAndDetachedServicesButNotAnotherConnectionsOnes() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor); RawControlClient other = connect(tor)) {
            String theirs = add(other, "");
            String detached = add(other, ",Detach");
            assertEquals("552 Unknown Onion Service id|", text(c.command("DEL_ONION " + theirs)));
            assertEquals("552 Unknown Onion Service id|", text(c.command("DEL_ONION " + detached.toUpperCase())),
                    "a valid address, but tor compares the IDs it printed exactly");
            assertEquals("250 OK|", text(c.command("DEL_ONION " + detached)));
            assertEquals("552 Unknown Onion Service id|", text(c.command("DEL_ONION " + detached)));
            assertEquals("250-onions/current=" + theirs + "|250-onions/detached=|250 OK|",
                    text(other.command("GETINFO onions/current onions/detached")));
        }
    }

    @Test
    void refusesMalformedIds() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            String id = add(c, "");
            assertEquals("512 Malformed Onion Service id|", text(c.command("DEL_ONION " + id + ".onion")));
            assertEquals("512 Malformed Onion Service id|", text(c.command("DEL_ONION abc")));
            assertEquals("512 Bad arguments to DEL_ONION: Need at least 1 argument(s)|", text(c.command("DEL_ONION")));
            assertEquals("512 Bad arguments to DEL_ONION: Cannot accept more than 1 argument(s)|", text(c.command("DEL_ONION a b")));
        }
    }

    @Test
    void servicesOfAClosedConnectionVanishButDetachedOnesStay() {
        try (MockTor tor = OnionMock.offline().start(); RawControlClient c = connect(tor)) {
            String key = "ED25519-V3:" + AddOnionTest.KEY;
            String detached;
            try (RawControlClient owner = connect(tor)) {
                owner.command("ADD_ONION " + key + " Port=80");
                detached = add(owner, ",Detach");
            }
            await().atMost(OnionMock.WAIT).until(() -> c.command("ADD_ONION " + key + " Port=80").isSuccess());
            assertEquals("250-onions/detached=" + detached + "|250 OK|", text(c.command("GETINFO onions/detached")));
        }
    }

    private static String add(RawControlClient c, String flags) {
        return value(c.command("ADD_ONION NEW:BEST Port=80 Flags=DiscardPK" + flags), "ServiceID");
    }
}
