package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** EXTENDCIRCUIT, SETCIRCUITPURPOSE, CLOSECIRCUIT and circuit-status on a bootstrapped mock. */
class CircuitCommandsTest {
    private static final String TIME = "TIME_CREATED=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}";
    private static final String HOP = "\\$[0-9A-F]{40}~[A-Za-z0-9]+";

    private static List<String> circ(Controller c, String id) {
        return c.events().stream().filter(e -> e.startsWith("CIRC " + id + " ")).toList();
    }

    private static String guard(Controller c) {
        String guards = c.command("GETINFO entry-guards");
        return guards.substring(guards.indexOf('$'), guards.indexOf(' ', guards.indexOf('$')));
    }

    @Test
    void extendCircuitZeroRepliesFirstThenLaunchesExtendsAndBuildsOnToursPath() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC");
            assertEquals("250 EXTENDED 3\r\n", c.firstFrameAfter("EXTENDCIRCUIT 0"), "circuits 1 and 2 were built at bootstrap");
            c.awaitEvent(e -> e.startsWith("CIRC 3 BUILT"));
            List<String> events = circ(c, "3");
            assertEquals(5, events.size(), events.toString());
            assertTrue(events.get(0).matches("CIRC 3 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL " + TIME), events.get(0));
            for (int hops = 1; hops <= 3; hops++) {
                assertTrue(events.get(hops).matches("CIRC 3 EXTENDED " + HOP + "(," + HOP + "){" + (hops - 1) + "} "
                        + "BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL " + TIME), events.get(hops));
            }
            assertEquals(events.get(3).replace(" EXTENDED ", " BUILT "), events.get(4));
            assertTrue(events.get(1).startsWith("CIRC 3 EXTENDED " + guard(c) + " "), "tor's path starts at the primary guard");
            String time = events.get(0).substring(events.get(0).indexOf("TIME_CREATED"));
            assertTrue(events.stream().allMatch(e -> e.endsWith(time)), "TIME_CREATED never changes");
        }
    }

    @Test
    void aControllerCircuitOnToursPathFailsWithNoPathAsOnTheLiveNetwork() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC");
            assertEquals("551 Couldn't start circuit\r\n", c.firstFrameAfter("EXTENDCIRCUIT 0 purpose=controller"));
            String failed = c.awaitEvent(e -> e.startsWith("CIRC 3 "));
            assertTrue(failed.matches("CIRC 3 FAILED BUILD_FLAGS=NEED_CAPACITY PURPOSE=CONTROLLER " + TIME + " REASON=NOPATH"), failed);
            assertEquals(List.of(failed), circ(c, "3"), "never LAUNCHED");
            assertEquals("250 EXTENDED 4\r\n", c.command("EXTENDCIRCUIT 0"), "the failed circuit used up id 3");
        }
    }

    @Test
    void explicitPathsCarryNoBuildFlagsAndOpenAChannelToANewFirstHop() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            List<String> relays = Relays.names(c);
            String guard = guard(c);
            List<String> others = relays.stream().filter(r -> !r.startsWith(guard)).toList();
            String first = others.get(0);
            String nick = others.get(1).substring(others.get(1).indexOf('~') + 1);
            String third = others.get(2).substring(0, 41);
            c.command("SETEVENTS CIRC ORCONN");
            assertEquals("250 EXTENDED 3\r\n", c.command("EXTENDCIRCUIT 0 " + first + "," + nick + "," + third + " purpose=controller"));
            c.awaitEvent(e -> e.startsWith("CIRC 3 BUILT"));
            List<String> events = c.events();
            assertTrue(events.get(0).matches("ORCONN \\Q" + first + "\\E LAUNCHED ID=\\d+"), events.toString());
            assertTrue(events.get(1).matches("CIRC 3 LAUNCHED PURPOSE=CONTROLLER " + TIME), events.toString());
            assertTrue(events.get(2).matches("ORCONN \\Q" + first + "\\E CONNECTED ID=\\d+"), events.toString());
            assertTrue(events.get(3).startsWith("CIRC 3 EXTENDED " + first + " PURPOSE=CONTROLLER TIME_CREATED="), events.toString());
            assertTrue(events.get(6).startsWith("CIRC 3 BUILT " + first + "," + others.get(1) + "," + others.get(2) + " PURPOSE=CONTROLLER"),
                    "nicknames and bare $FP resolve to the relays: " + events);
            assertTrue(c.command("GETINFO orconn-status").contains(first + " CONNECTED"));
        }
    }

    @Test
    void extendingAnOpenCircuitAnnouncesTheNewHopsThenBuiltAgain() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            String extra = Relays.names(c).get(5);
            c.command("SETEVENTS CIRC");
            assertEquals("250 EXTENDED 1\r\n", c.command("EXTENDCIRCUIT 1 " + extra.substring(0, 41)));
            c.awaitEvent(e -> e.startsWith("CIRC 1 BUILT"));
            List<String> events = circ(c, "1");
            assertEquals(2, events.size(), "no LAUNCHED for an existing circuit: " + events);
            assertTrue(events.get(0).matches("CIRC 1 EXTENDED (" + HOP + ",){3}\\Q" + extra + "\\E BUILD_FLAGS=NEED_CAPACITY .*"), events.get(0));
            assertTrue(c.command("GETINFO circuit-status").contains("1 BUILT " + events.get(1).split(" ")[3] + " "));
        }
    }

    @Test
    void extendCircuitErrorsAreTorsTexts() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            String fp = Relays.names(c).get(0).substring(0, 41);
            assertEquals("512 Bad arguments to EXTENDCIRCUIT: Need at least 1 argument(s)\r\n", c.command("EXTENDCIRCUIT"));
            assertEquals("552 Unknown circuit \"99\"\r\n", c.command("EXTENDCIRCUIT 99 " + fp));
            assertEquals("552 Unknown circuit \"00\"\r\n", c.command("EXTENDCIRCUIT 00"));
            assertEquals("552 Unknown circuit \"x\"\r\n", c.command("EXTENDCIRCUIT x"));
            assertEquals("512 syntax error: path required.\r\n", c.command("EXTENDCIRCUIT 1"));
            assertEquals("512 syntax error: path required.\r\n", c.command("EXTENDCIRCUIT 1 purpose=controller"));
            assertEquals("552 Unknown purpose \"bogus\"\r\n", c.command("EXTENDCIRCUIT 0 purpose=bogus"));
            assertEquals("552 Unknown purpose \"bogus\"\r\n", c.command("EXTENDCIRCUIT 99 purpose=bogus"), "purpose is checked first");
            assertEquals("552 No such router \"nosuch\"\r\n", c.command("EXTENDCIRCUIT 0 nosuch"));
            assertEquals("552 No such router \"" + fp + "=x\"\r\n", c.command("EXTENDCIRCUIT 0 " + fp + "=x"),
                    "the old $FP=nick form names no router on 0.4.9.11");
            assertEquals("552 No such router \"\"\r\n", c.command("EXTENDCIRCUIT 0 " + fp + ","));
            assertEquals("512 Bad arguments to EXTENDCIRCUIT: Cannot parse keyword argument(s)\r\n", c.command("EXTENDCIRCUIT 0 \"x\""));
            assertEquals("250 EXTENDED 3\r\n", c.command("EXTENDCIRCUIT 0 a=b"), "a first keyword with a value is no path");
            assertEquals("551 Couldn't start circuit\r\n", c.command("EXTENDCIRCUIT 0 PURPOSE=Controller"),
                    "purpose is case-insensitive; tor picks no path for a controller circuit");
        }
    }

    @Test
    void setCircuitPurposeAnnouncesChangesOnly() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC_MINOR");
            assertEquals("250 OK\r\n", c.command("SETCIRCUITPURPOSE 1 purpose=controller"));
            String e = c.awaitEvent(x -> x.startsWith("CIRC_MINOR 1 "));
            assertTrue(e.matches("CIRC_MINOR 1 PURPOSE_CHANGED (" + HOP + ",){2}" + HOP
                    + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=CONTROLLER " + TIME + " OLD_PURPOSE=GENERAL"), e);
            assertEquals("250 OK\r\n", c.command("SETCIRCUITPURPOSE 1 PURPOSE=CONTROLLER"));
            assertEquals("250 OK\r\n", c.command("SETCIRCUITPURPOSE 1 purpose=general"));
            c.awaitEvent(x -> x.contains("OLD_PURPOSE=CONTROLLER"));
            assertEquals(2, c.events().size(), "the same purpose again changes nothing: " + c.events());
            assertEquals("552 Unknown circuit \"99\"\r\n", c.command("SETCIRCUITPURPOSE 99 purpose=general"));
            assertEquals("552 No purpose given\r\n", c.command("SETCIRCUITPURPOSE 1"));
            assertEquals("552 Unknown purpose \"x\"\r\n", c.command("SETCIRCUITPURPOSE 1 purpose=x"));
            assertEquals("512 Bad arguments to SETCIRCUITPURPOSE: Cannot parse keyword argument(s)\r\n",
                    c.command("SETCIRCUITPURPOSE 1 x"));
            assertEquals("552 Unknown circuit \"purpose=general\"\r\n", c.command("SETCIRCUITPURPOSE purpose=general"));
            assertEquals("512 Bad arguments to setcircuitpurpose: Need at least 1 argument(s)\r\n",
                    c.command("setcircuitpurpose"), "where tor 0.4.9.11 crashes, the mock answers like its generic parser");
        }
    }

    @Test
    void underTorQuirksABareSetCircuitPurposeStopsTheMockLikeTorsCrash() throws Exception {
        MockTor tor = MockTor.builder().seed(7).torQuirks(true).start();
        try (Controller c = Mocks.controller(tor)) {
            c.send("SETCIRCUITPURPOSE\r\n");
            assertTrue(c.awaitClosed(), "no reply: the connection drops");
            tor.stopped().get(10, TimeUnit.SECONDS);
        } finally {
            tor.close();
        }
    }

    @Test
    void closeCircuitClosesWithRequestedUnlessUnusedIsAskedAndStreamsUseIt() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC");
            assertEquals("250 OK\r\n", c.command("CLOSECIRCUIT 2 ifunused SomeUnknownFlag"));
            String closed = c.awaitEvent(e -> e.startsWith("CIRC 2 CLOSED"));
            assertTrue(closed.matches("CIRC 2 CLOSED (" + HOP + ",){2}" + HOP + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL "
                    + TIME + " REASON=REQUESTED"), closed);
            assertEquals("552 Unknown circuit \"2\"\r\n", c.command("CLOSECIRCUIT 2"), "closed circuits are gone at once");
            assertEquals("552 Unknown circuit \"0\"\r\n", c.command("CLOSECIRCUIT 0"));
            assertEquals("512 Bad arguments to CLOSECIRCUIT: Need at least 1 argument(s)\r\n", c.command("CLOSECIRCUIT"));
            c.send("EXTENDCIRCUIT 0\r\nCLOSECIRCUIT 3\r\n");
            assertEquals("250 EXTENDED 3\r\n", c.nextReply());
            assertEquals("250 OK\r\n", c.nextReply());
            String failed = c.awaitEvent(e -> e.startsWith("CIRC 3 FAILED"));
            assertTrue(failed.matches("CIRC 3 FAILED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL " + TIME + " REASON=REQUESTED"),
                    "a circuit still building fails, with the hops open so far (none): " + failed);
        }
    }

    @Test
    void circuitStatusIsOneLineOrADataBlockInSwapRemovalOrder() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC");
            c.command("EXTENDCIRCUIT 0");
            c.command("EXTENDCIRCUIT 0");
            c.command("EXTENDCIRCUIT 0");
            c.awaitEvent(e -> e.startsWith("CIRC 5 BUILT"));
            c.command("CLOSECIRCUIT 3");
            String status = c.command("GETINFO circuit-status");
            List<String> ids = status.lines().skip(1).filter(l -> !l.equals(".") && !l.startsWith("250 "))
                    .map(l -> l.split(" ")[0]).toList();
            assertEquals(List.of("1", "2", "5", "4"), ids, "tor's smartlist moves the last circuit into the freed slot");
            c.command("CLOSECIRCUIT 1");
            c.command("CLOSECIRCUIT 2");
            c.command("CLOSECIRCUIT 4");
            assertTrue(c.command("GETINFO circuit-status").matches("250-circuit-status=5 BUILT \\S+ BUILD_FLAGS=NEED_CAPACITY "
                    + "PURPOSE=GENERAL " + TIME + "\r\n250 OK\r\n"));
            c.command("CLOSECIRCUIT 5");
            assertEquals("250-circuit-status=\r\n250 OK\r\n", c.command("GETINFO circuit-status"));
        }
    }

    @Test
    void bootstrappedClientHasOneChannelAndThreeGuards() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            String guard = guard(c);
            assertEquals("250-orconn-status=" + guard + " CONNECTED\r\n250 OK\r\n", c.command("GETINFO orconn-status"));
            String guards = c.command("GETINFO entry-guards");
            assertTrue(guards.matches("250\\+entry-guards=\r\n\\Q" + guard + "\\E up\r\n" + HOP + " never-connected\r\n" + HOP
                    + " never-connected\r\n\\.\r\n250 OK\r\n"), guards);
            assertEquals("250-stream-status=\r\n250 OK\r\n", c.command("GETINFO stream-status"));
        }
    }

    @Test
    void eventsGoOnlyToSubscribers() {
        try (MockTor tor = Mocks.bootstrapped(); Controller quiet = Mocks.controller(tor); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC");
            c.command("EXTENDCIRCUIT 0");
            c.awaitEvent(e -> e.contains(" BUILT "));
            quiet.command("GETINFO circuit-status");
            assertFalse(quiet.events().stream().anyMatch(e -> e.startsWith("CIRC")));
        }
    }
}
