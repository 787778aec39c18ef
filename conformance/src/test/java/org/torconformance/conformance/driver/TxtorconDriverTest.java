package org.torconformance.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.conformance.driver.DriverFixture.cookie;
import static org.torconformance.conformance.driver.DriverFixture.endpoint;
import static org.torconformance.conformance.driver.DriverFixture.lastCommand;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.DriverTarget;
import org.torconformance.wire.ByteString;

/** Every op of the txtorcon driver once against a scripted mock: what txtorcon sent, and what came back. */
class TxtorconDriverTest {
    static final String FP = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    static final String ONION = "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd";

    static DriverTarget target;
    MockTor mock;
    Controller txtorcon;

    @BeforeAll
    static void startDriver() {
        target = new DriverTarget(DriverFixture.spec("txtorcon"));
    }

    @AfterAll
    static void stopDriver() {
        target.close();
    }

    @BeforeEach
    void connect() {
        mock = DriverFixture.cookieMock();
        // txtorcon bootstraps with these before it reports the connection ready.
        answer("GETINFO", "250-signal/names=RELOAD SHUTDOWN DUMP DEBUG HALT HUP INT USR1 USR2 TERM NEWNYM CLEARDNSCACHE\r\n250 OK");
        answer("GETINFO", "250-version=0.4.9.11\r\n250 OK");
        answer("GETINFO", "250-events/names=CIRC STREAM HS_DESC\r\n250 OK");
        txtorcon = target.newController(Timeouts.DEFAULT);
        txtorcon.connect(endpoint(mock), cookie(mock));
        assertEquals("USEFEATURE EXTENDED_EVENTS", lastCommand(mock, "USEFEATURE"));
    }

    @AfterEach
    void close() {
        txtorcon.close();
        mock.close();
    }

    void answer(String keyword, String reply) {
        mock.enqueueRaw(keyword, ByteString.latin1(reply + "\r\n"));
    }

    @Test
    @DisplayName("hello names txtorcon 22.0.0 and protocol 1")
    void hello() {
        assertEquals("txtorcon", target.hello().library());
        assertEquals("22.0.0", target.hello().version());
        assertEquals(1, target.hello().protocol());
    }

    @Test
    @DisplayName("get_info, and an error reply as TorProtocolError with its code")
    void getInfo() {
        answer("GETINFO", "250-version=0.4.9.11\r\n250 OK");
        assertEquals(Map.of("version", "0.4.9.11"), txtorcon.getInfo(List.of("version")));
        answer("GETINFO", "552 Unrecognized key \"nosuch\"");
        LibraryError e = assertThrows(LibraryError.class, () -> txtorcon.getInfo(List.of("nosuch")));
        assertEquals("TorProtocolError", e.type());
        assertEquals(552, e.status().orElse(-1), e.getMessage());
    }

    @Test
    @DisplayName("a reply byte that is not ASCII: txtorcon drops the connection, the driver reports it and lives on")
    void nonAscii() {
        answer("GETINFO", "250-x=caf\u00c3\u00a9\r\n250 OK");
        LibraryError e = assertThrows(LibraryError.class, () -> txtorcon.getInfo(List.of("x")));
        assertTrue(e.getMessage().contains("disconnected") || e.getMessage().contains("decode"), e.getMessage());
        assertEquals(false, txtorcon.isAlive());
    }

    @Test
    @DisplayName("configuration: get_conf (DEFAULT_VALUE is no value), set_conf, signal; no RESETCONF/SAVECONF/LOADCONF")
    void configuration() {
        answer("GETCONF", "250 Nickname");
        assertEquals(Map.of("Nickname", List.of()), txtorcon.getConf(List.of("Nickname")));
        answer("GETCONF", "250-SocksPort=9050\r\n250 Nickname");
        assertEquals(Map.of("SocksPort", List.of("9050\nNickname")), txtorcon.getConf(List.of("SocksPort", "Nickname")),
                "txtorcon's parse_keywords folds a following bare key into the value before it (a finding, kept as it is)");
        answer("SETCONF", "250 OK");
        txtorcon.setConf(List.of(Map.entry("Nickname", "x")));
        assertEquals("SETCONF Nickname=x", lastCommand(mock, "SETCONF"));
        assertThrows(Unimplemented.class, () -> txtorcon.setConf(List.of(new AbstractMap.SimpleEntry<>("ExitPolicy", null))));
        answer("SIGNAL", "250 OK");
        txtorcon.signal("NEWNYM");
        assertEquals("SIGNAL NEWNYM", lastCommand(mock, "SIGNAL"));
        assertThrows(LibraryError.class, () -> txtorcon.signal("NOSUCH"), "txtorcon checks signal/names itself");
        assertThrows(Unimplemented.class, () -> txtorcon.resetConf(List.of("Nickname")));
        assertThrows(Unimplemented.class, () -> txtorcon.saveConf(false));
        assertThrows(Unimplemented.class, () -> txtorcon.loadConf("Log notice stdout"));
    }

    @Test
    @DisplayName("set_events subscribes through add_event_listener; the event arrives as txtorcon's text")
    void events() {
        answer("SETEVENTS", "250 OK\r\n650 CIRC 1 LAUNCHED PURPOSE=GENERAL");
        txtorcon.setEvents(List.of("CIRC"));
        assertEquals("SETEVENTS CIRC", lastCommand(mock, "SETEVENTS"));
        ControllerEvent e = txtorcon.awaitEvent(ev -> ev.type().equals("CIRC"), Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("no CIRC event; events: " + txtorcon.events()));
        assertEquals(List.of("1 LAUNCHED PURPOSE=GENERAL"), e.lines());
        assertEquals(Map.of(), e.fields());
    }

    @Test
    @DisplayName("circuits and streams through TorState: build_circuit, close_stream, close_circuit")
    void circuitsAndStreams() {
        answer("EXTENDCIRCUIT", "250 EXTENDED 7");
        assertEquals("7", txtorcon.extendCircuit("0", List.of(FP), Optional.empty()));
        assertEquals("EXTENDCIRCUIT 0 " + FP, lastCommand(mock, "EXTENDCIRCUIT"));
        assertThrows(Unimplemented.class, () -> txtorcon.extendCircuit("5", List.of(FP), Optional.empty()));
        assertThrows(Unimplemented.class, () -> txtorcon.extendCircuit("0", List.of("nickname"), Optional.empty()));
        answer("CLOSESTREAM", "250 OK");
        txtorcon.closeStream("3", 1);
        assertEquals("CLOSESTREAM 3 1", lastCommand(mock, "CLOSESTREAM"));
        answer("CLOSECIRCUIT", "250 OK");
        txtorcon.closeCircuit("7", true);
        assertEquals("CLOSECIRCUIT 7 IfUnused", lastCommand(mock, "CLOSECIRCUIT"));
    }

    @Test
    @DisplayName("onion services: EphemeralHiddenService waits for an HS_DESC upload, then removes what it added")
    void onionServices() {
        answer("SETEVENTS", "250 OK"); // subscribes to HS_DESC
        answer("SETEVENTS", "250 OK"); // and unsubscribes once the upload is seen
        answer("ADD_ONION", "250-ServiceID=" + ONION + "\r\n250-PrivateKey=ED25519-V3:a2V5\r\n250 OK\r\n"
                + "650 HS_DESC UPLOAD " + ONION + " UNKNOWN $" + FP + "\r\n"
                + "650 HS_DESC UPLOADED " + ONION + " UNKNOWN $" + FP);
        Map<String, String> added = txtorcon.addOnion("NEW:BEST", Map.of(80, "127.0.0.1:8080"), List.of());
        assertEquals(Map.of("ServiceID", ONION, "PrivateKey", "ED25519-V3:a2V5"), added);
        assertEquals("ADD_ONION NEW:BEST Port=80,127.0.0.1:8080", lastCommand(mock, "ADD_ONION"));
        answer("DEL_ONION", "250 OK");
        txtorcon.delOnion(ONION);
        assertEquals("DEL_ONION " + ONION, lastCommand(mock, "DEL_ONION"));
        assertThrows(Unimplemented.class, () -> txtorcon.delOnion(ONION), "only services it added itself");
        assertThrows(Unimplemented.class, () -> txtorcon.addOnion("NEW:BEST", Map.of(80, "127.0.0.1:8080"), List.of("Detach")));
    }

    @Test
    @DisplayName("raw goes through queue_command: the text on success (no status), TorProtocolError on 5xx")
    void raw() {
        answer("GETINFO", "250-version=0.4.9.11\r\n250 OK");
        assertEquals(new RawReply(0, List.of("version=0.4.9.11")), txtorcon.raw("GETINFO version"));
        answer("GETINFO", "552 Unrecognized key \"x\"");
        assertEquals(552, assertThrows(LibraryError.class, () -> txtorcon.raw("GETINFO x")).status().orElse(-1));
    }

    @Test
    @DisplayName("ops txtorcon has no API for are unimplemented, with the reason")
    void unimplemented() {
        assertThrows(Unimplemented.class, () -> txtorcon.mapAddress(Map.of("1.2.3.4", "torproject.org")));
        assertThrows(Unimplemented.class, () -> txtorcon.setCircuitPurpose("7", "controller"));
        assertThrows(Unimplemented.class, () -> txtorcon.attachStream("3", "7", Optional.empty()));
        assertThrows(Unimplemented.class, () -> txtorcon.redirectStream("3", "127.0.0.1", Optional.empty()));
        assertThrows(Unimplemented.class, () -> txtorcon.postDescriptor("d", Optional.empty(), Optional.empty()));
        assertThrows(Unimplemented.class, () -> txtorcon.useFeature(List.of("VERBOSE_NAMES")));
        assertThrows(Unimplemented.class, () -> txtorcon.resolve(List.of("example.com"), false));
        assertThrows(Unimplemented.class, () -> txtorcon.takeOwnership());
        assertThrows(Unimplemented.class, () -> txtorcon.dropOwnership());
        assertThrows(Unimplemented.class, () -> txtorcon.dropGuards());
        assertThrows(Unimplemented.class, () -> txtorcon.dropTimeouts());
        assertThrows(Unimplemented.class, () -> txtorcon.hsFetch(ONION, List.of()));
        Unimplemented e = assertThrows(Unimplemented.class, () -> txtorcon.protocolInfo());
        assertTrue(e.getMessage().contains("unparsed"), e.getMessage());
        assertTrue(txtorcon.isAlive());
    }
}
