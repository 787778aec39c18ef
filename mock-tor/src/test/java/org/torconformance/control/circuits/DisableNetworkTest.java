package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** A mock started with DisableNetwork 1 has nothing, like a fresh tor; switching the network on and off. */
class DisableNetworkTest {
    private static final String HOP = "\\$[0-9A-F]{40}~[A-Za-z0-9]+";

    private static int indexOf(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + " in " + events);
    }

    @Test
    void withoutNetworkThereIsNothingToBuildOn() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC STREAM ORCONN GUARD");
            assertEquals("551 Couldn't start circuit\r\n", c.command("EXTENDCIRCUIT 0"));
            assertEquals("551 Couldn't start circuit\r\n", c.command("EXTENDCIRCUIT 0 purpose=controller"));
            assertEquals("552 No such router \"$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"\r\n",
                    c.command("EXTENDCIRCUIT 0 $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            for (String key : List.of("ns/all", "ns/id/zz", "ns/name/x", "ns/purpose/x", "md/all", "circuit-status",
                    "stream-status", "orconn-status", "entry-guards", "desc/all-recent")) {
                assertEquals("250-" + key + "=\r\n250 OK\r\n", c.command("GETINFO " + key), key);
            }
            assertEquals("551 Could not open cached consensus. Make sure FetchUselessDescriptors is set to 1.\r\n",
                    c.command("GETINFO dir/status-vote/current/consensus-microdesc"));
            assertEquals(List.of(), c.events());
        }
    }

    @Test
    void waitingStreamsStayUntilAConfigurationChangeEndsThemWithHibernating() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM ADDRMAP");
            StreamClient s = StreamClient.connect(tor, "example.com", 80);
            c.command("RESOLVE example.org");
            c.awaitEvent(e -> e.contains(" NEWRESOLVE "));
            assertEquals("250+stream-status=\r\n" + s.id + " NEW 0 example.com:80\r\n4 NEWRESOLVE 0 example.org:0\r\n.\r\n250 OK\r\n",
                    c.command("GETINFO stream-status"));
            assertEquals("250 OK\r\n", c.command("SETCONF ContactInfo=someone"));
            assertEquals(new StreamUpdate.Failed(StreamEndReason.HIBERNATING), s.awaitUpdate(0));
            c.awaitEvent(e -> e.startsWith("STREAM 4 CLOSED"));
            List<String> events = c.events();
            assertTrue(events.contains("STREAM " + s.id + " FAILED 0 example.com:80 REASON=HIBERNATING CLIENT_PROTOCOL=SOCKS5 "
                    + "NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"), events.toString());
            assertTrue(events.stream().anyMatch(e -> e.matches("ADDRMAP example.org <error> \"[^\"]+\" error=yes EXPIRES=\"[^\"]+\" "
                    + "CACHED=\"NO\" STREAMID=4")), events.toString());
            assertEquals("250-stream-status=\r\n250 OK\r\n", c.command("GETINFO stream-status"));
        }
    }

    @Test
    void enablingTheNetworkBootstrapsWithGuardOrconnAndCircEvents() {
        try (MockTor tor = Mocks.networkDisabled(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC ORCONN GUARD");
            StreamClient waiting = StreamClient.connect(tor, "example.com", 80);
            c.command("SETCONF DisableNetwork=0");
            assertEquals(new StreamUpdate.Connected(), waiting.awaitUpdate(0), "waiting streams go out once circuits exist");
            c.awaitEvent(e -> e.startsWith("CIRC 2 BUILT"));
            List<String> events = c.events();
            List<String> kinds = events.stream().map(e -> e.split(" ")[0] + " " + e.split(" ")[e.startsWith("GUARD") ? 3 : 2]).toList();
            assertEquals(List.of("GUARD NEW", "GUARD NEW", "GUARD NEW", "CIRC LAUNCHED", "ORCONN LAUNCHED", "CIRC LAUNCHED",
                    "ORCONN CONNECTED"), kinds.subList(0, 7), events.toString());
            int up = kinds.indexOf("GUARD UP");
            assertEquals("CIRC BUILT", kinds.get(up + 1), "the guard is UP just before the first BUILT: " + events);
            assertTrue(events.get(up - 1).matches("CIRC 1 EXTENDED (" + HOP + ",){2}" + HOP + " BUILD_FLAGS=NEED_CAPACITY .*"));
            assertTrue(c.command("GETINFO entry-guards").contains(" up\r\n"));
        }
    }

    @Test
    void disablingTheNetworkClosesChannelsThenCircuits() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC ORCONN STREAM");
            StreamClient s = StreamClient.connect(tor, "example.com", 80);
            s.awaitUpdate(0);
            c.command("SETCONF DisableNetwork=1");
            assertEquals(new StreamUpdate.Closed(StreamEndReason.HIBERNATING), s.awaitUpdate(1));
            c.awaitEvent(e -> e.startsWith("CIRC 2 CLOSED"));
            c.awaitEvent(e -> e.startsWith("STREAM " + s.id + " CLOSED"));
            List<String> events = c.events();
            int orconn = indexOf(events, "ORCONN ");
            assertTrue(events.get(orconn).matches("ORCONN " + HOP + " CLOSED REASON=DONE ID=2"), events.toString());
            assertTrue(events.get(orconn + 1).matches("CIRC 1 CLOSED .* REASON=DESTROYED REMOTE_REASON=CHANNEL_CLOSED"), events.toString());
            assertTrue(events.get(orconn + 2).startsWith("CIRC 2 CLOSED "), events.toString());
            assertTrue(events.get(indexOf(events, "STREAM " + s.id + " CLOSED")).contains(" REASON=HIBERNATING "),
                    "streams are marked first, with HIBERNATING: " + events);
            assertEquals("551 Couldn't start circuit\r\n", c.command("EXTENDCIRCUIT 0"));
            assertTrue(c.command("GETINFO ns/all").startsWith("250+ns/all="), "the consensus stays");
            assertTrue(c.command("GETINFO entry-guards").startsWith("250+entry-guards="), "and so do the guards");
        }
    }
}
