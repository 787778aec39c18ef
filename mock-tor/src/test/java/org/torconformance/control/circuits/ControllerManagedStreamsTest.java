package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** {@code __LeaveStreamsUnattached}, ATTACHSTREAM, REDIRECTSTREAM and CLOSESTREAM with tor's checks and texts. */
class ControllerManagedStreamsTest {
    private static List<String> statuses(Controller c, long id) {
        return c.events().stream().filter(e -> e.startsWith("STREAM " + id + " ")).map(e -> e.split(" ")[2]).toList();
    }

    private static StreamClient waitingStream(MockTor tor, Controller c) {
        StreamClient s = StreamClient.connect(tor, "example.com", 80);
        c.awaitEvent(e -> e.startsWith("STREAM " + s.id + " CONTROLLER_WAIT 0 example.com:80 "));
        return s;
    }

    @Test
    void streamsWaitForTheControllerAndAttachWhereItSays() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient s = waitingStream(tor, c);
            assertEquals("250-stream-status=" + s.id + " NEW 0 example.com:80\r\n250 OK\r\n", c.command("GETINFO stream-status"));
            assertEquals("250 OK\r\n", c.command("ATTACHSTREAM " + s.id + " 2 HOP=3"));
            assertEquals(new StreamUpdate.Connected(), s.awaitUpdate(0));
            assertEquals(List.of("NEW", "CONTROLLER_WAIT", "SENTCONNECT", "REMAP", "SUCCEEDED"), statuses(c, s.id));
            assertTrue(c.events().stream().anyMatch(e -> e.startsWith("STREAM " + s.id + " SENTCONNECT 2 example.com:80 ")));
            assertEquals("555 Connection is not managed by controller.\r\n", c.command("ATTACHSTREAM " + s.id + " 1"));
        }
    }

    @Test
    void attachStreamChecksInTorsOrder() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM CIRC");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient s = waitingStream(tor, c);
            String id = Long.toString(s.id);
            String oneHop = c.command("EXTENDCIRCUIT 0 " + Relays.names(c).get(0).substring(0, 41)).trim().split(" ")[2];
            c.awaitEvent(e -> e.startsWith("CIRC " + oneHop + " BUILT"));
            assertEquals("512 Bad arguments to ATTACHSTREAM: Need at least 2 argument(s)\r\n", c.command("ATTACHSTREAM " + id));
            assertEquals("512 Bad arguments to ATTACHSTREAM: Unrecognized keyword argument \"FOO\"\r\n",
                    c.command("ATTACHSTREAM " + id + " 1 FOO=1"));
            assertEquals("512 Bad arguments to ATTACHSTREAM: Cannot parse keyword argument(s)\r\n",
                    c.command("ATTACHSTREAM " + id + " 1 hop"));
            assertEquals("552 Unknown stream \"99\"\r\n", c.command("ATTACHSTREAM 99 1"));
            assertEquals("552 Unknown stream \"x\"\r\n", c.command("ATTACHSTREAM x 1"));
            assertEquals("552 Unknown circuit \"77\"\r\n", c.command("ATTACHSTREAM " + id + " 77 HOP=x"), "the circuit before HOP");
            assertEquals("552 Bad value hop=x\r\n", c.command("ATTACHSTREAM " + id + " 1 HOP=x"));
            assertEquals("552 Bad value hop=-1\r\n", c.command("ATTACHSTREAM " + id + " 1 hop=-1"));
            assertEquals("551 Can't attach stream to this one-hop circuit.\r\n", c.command("ATTACHSTREAM " + id + " " + oneHop));
            assertEquals("551 Can't attach stream to this one-hop circuit.\r\n", c.command("ATTACHSTREAM " + id + " 1 HOP=1"));
            assertEquals("551 Circuit doesn't have 4 hops.\r\n", c.command("ATTACHSTREAM " + id + " 1 HOP=4"));
            c.send("EXTENDCIRCUIT 0\r\nATTACHSTREAM " + id + " " + (Long.parseLong(oneHop) + 1) + "\r\n");
            c.nextReply();
            assertEquals("551 Can't attach stream to non-open origin circuit\r\n", c.nextReply());
            assertEquals(List.of("NEW", "CONTROLLER_WAIT"), statuses(c, s.id), "nothing happened to the stream");
        }
    }

    @Test
    void attachingASentStreamTakesItBackFirst() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient s = waitingStream(tor, c);
            c.send("ATTACHSTREAM " + s.id + " 1\r\nATTACHSTREAM " + s.id + " 2\r\n");
            assertEquals("250 OK\r\n", c.nextReply());
            assertEquals("250 OK\r\n", c.nextReply());
            s.awaitUpdate(0);
            c.awaitEvent(e -> e.startsWith("STREAM " + s.id + " SUCCEEDED 2 "));
            assertEquals(List.of("NEW", "CONTROLLER_WAIT", "SENTCONNECT", "CONTROLLER_WAIT", "SENTCONNECT", "REMAP", "SUCCEEDED"),
                    statuses(c, s.id));
            assertEquals(1, s.updates.size(), "the application hears only the final outcome");
        }
    }

    @Test
    void attachStreamZeroHandsTheStreamBackToTor() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            c.command("MAPADDRESS example.com=mapped.example");
            StreamClient s = waitingStream(tor, c);
            assertEquals("250 OK\r\n", c.command("ATTACHSTREAM " + s.id + " 0"));
            s.awaitUpdate(0);
            List<String> events = c.events().stream().filter(e -> e.startsWith("STREAM " + s.id)).toList();
            assertTrue(events.get(2).startsWith("STREAM " + s.id + " REMAP 0 mapped.example:80 SOURCE=CACHE "),
                    "the address map applies when tor takes the stream, not before: " + events);
            assertEquals("SENTCONNECT", events.get(3).split(" ")[2]);
        }
    }

    @Test
    void attachingAnUnusableDestinationFailsAfterTheReply() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient s = StreamClient.connect(tor, "foo.onion", 80);
            c.awaitEvent(e -> e.contains(" CONTROLLER_WAIT "));
            assertEquals("551 Unable to attach stream\r\n", c.firstFrameAfter("ATTACHSTREAM " + s.id + " 0"));
            assertEquals(new StreamUpdate.Failed(StreamEndReason.TORPROTOCOL), s.awaitUpdate(0));
            c.awaitEvent(e -> e.contains(" CLOSED 0 foo.onion:80 REASON=TORPROTOCOL "));
        }
    }

    @Test
    void closeStreamAnswersAWaitingApplicationWithTheMappedReply() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient timeout = waitingStream(tor, c);
            assertEquals("250 OK\r\n", c.command("CLOSESTREAM " + timeout.id + " 7"));
            StreamUpdate.Failed f = (StreamUpdate.Failed) timeout.awaitUpdate(0);
            assertEquals(0x06, f.reason().socks5Reply());
            c.awaitEvent(e -> e.startsWith("STREAM " + timeout.id + " CLOSED"));
            List<String> ev = c.events().stream().filter(e -> e.startsWith("STREAM " + timeout.id)).toList();
            assertTrue(ev.get(2).startsWith("STREAM " + timeout.id + " FAILED 0 example.com:80 REASON=TIMEOUT "), ev.toString());
            assertTrue(ev.get(3).startsWith("STREAM " + timeout.id + " CLOSED 0 example.com:80 REASON=TIMEOUT "), ev.toString());

            StreamClient zero = waitingStream(tor, c);
            c.command("CLOSESTREAM " + zero.id + " 0 extra words");
            assertEquals(0x00, ((StreamUpdate.Failed) zero.awaitUpdate(0)).reason().socks5Reply(),
                    "tor 0.4.9.11 answers reason 0 with SOCKS success");
            String closed = c.awaitEvent(e -> e.startsWith("STREAM " + zero.id + " CLOSED"));
            assertTrue(closed.startsWith("STREAM " + zero.id + " CLOSED 0 example.com:80 CLIENT_PROTOCOL="), closed);
            assertTrue(c.events().stream().anyMatch(e -> e.startsWith("STREAM " + zero.id + " SUCCEEDED 0 example.com:80 CLIENT")));

            StreamClient unknown = waitingStream(tor, c);
            c.command("CLOSESTREAM " + unknown.id + " +20");
            assertTrue(c.awaitEvent(e -> e.startsWith("STREAM " + unknown.id + " CLOSED")).contains(" REASON= UNKNOWN_20 "));

            assertEquals("552 Unknown stream \"" + unknown.id + "\"\r\n", c.command("CLOSESTREAM " + unknown.id + " 1"));
            StreamClient open = StreamClient.connect(tor, "example.com", 80);
            assertEquals("552 Unrecognized reason \"256\"\r\n", c.command("CLOSESTREAM " + open.id + " 256"));
            assertEquals("552 Unrecognized reason \"-1\"\r\n", c.command("CLOSESTREAM " + open.id + " -1"));
            assertEquals("552 Unrecognized reason \"abc\"\r\n", c.command("CLOSESTREAM " + open.id + " abc"));
            assertEquals("512 Bad arguments to CLOSESTREAM: Need at least 2 argument(s)\r\n", c.command("CLOSESTREAM " + open.id));
        }
    }

    @Test
    void closingAnOpenStreamOnlyClosesIt() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            StreamClient s = StreamClient.connect(tor, "example.com", 80);
            s.awaitUpdate(0);
            c.command("CLOSESTREAM " + s.id + " 3");
            assertEquals(new StreamUpdate.Closed(StreamEndReason.CONNECTREFUSED), s.awaitUpdate(1));
            c.awaitEvent(e -> e.startsWith("STREAM " + s.id + " CLOSED"));
            assertEquals(List.of("NEW", "SENTCONNECT", "REMAP", "SUCCEEDED", "CLOSED"), statuses(c, s.id));
        }
    }

    @Test
    void redirectStreamRetargetsWithoutAnEvent() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            StreamClient s = waitingStream(tor, c);
            assertEquals("250 OK\r\n", c.command("REDIRECTSTREAM " + s.id + " example.org"));
            assertEquals("512 Cannot parse port \"0\"\r\n", c.command("REDIRECTSTREAM " + s.id + " x.org 0"));
            assertEquals("512 Cannot parse port \"65536\"\r\n", c.command("REDIRECTSTREAM " + s.id + " x.org 65536"));
            assertEquals("512 Cannot parse port \"x\"\r\n", c.command("REDIRECTSTREAM " + s.id + " x.org x y"));
            assertEquals("250 OK\r\n", c.command("REDIRECTSTREAM " + s.id + " Example.NET 8080"));
            assertEquals("250-stream-status=" + s.id + " NEW 0 Example.NET:8080\r\n250 OK\r\n", c.command("GETINFO stream-status"));
            assertEquals("552 Unknown stream \"99\"\r\n", c.command("REDIRECTSTREAM 99 a"));
            assertEquals("512 Bad arguments to REDIRECTSTREAM: Need at least 2 argument(s)\r\n", c.command("REDIRECTSTREAM 99"));
            assertEquals(List.of("NEW", "CONTROLLER_WAIT"), statuses(c, s.id));
        }
    }
}
