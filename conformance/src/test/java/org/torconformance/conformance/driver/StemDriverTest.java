package org.torconformance.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.conformance.driver.DriverFixture.cookie;
import static org.torconformance.conformance.driver.DriverFixture.endpoint;
import static org.torconformance.conformance.driver.DriverFixture.lastCommand;

import java.time.Duration;
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
import org.torconformance.conformance.controller.ProtocolInfoResult;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.DriverTarget;
import org.torconformance.wire.ByteString;

/** Every op of the stem driver once against a scripted mock: what stem sent, and what came back. */
class StemDriverTest {
    static final String FP = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    static final String ONION = "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd";

    static DriverTarget target;
    MockTor mock;
    Controller stem;

    @BeforeAll
    static void startDriver() {
        target = new DriverTarget(DriverFixture.spec("stem"));
    }

    @AfterAll
    static void stopDriver() {
        target.close();
    }

    @BeforeEach
    void connect() {
        mock = DriverFixture.cookieMock();
        stem = target.newController(Timeouts.DEFAULT);
        stem.connect(endpoint(mock), cookie(mock));
        // stem checks tor's version before many calls (and caches it).
        answer("GETINFO", "250-version=0.4.9.11\r\n250 OK");
        assertEquals(Map.of("version", "0.4.9.11"), stem.getInfo(List.of("version")));
    }

    @AfterEach
    void close() {
        stem.close();
        mock.close();
    }

    void answer(String keyword, String reply) {
        mock.enqueueRaw(keyword, ByteString.latin1(reply + "\r\n"));
    }

    @Test
    @DisplayName("hello names stem 1.8.1 and protocol 1")
    void hello() {
        assertEquals("stem", target.hello().library());
        assertEquals("1.8.1", target.hello().version());
        assertEquals(1, target.hello().protocol());
        assertTrue(target.hello().ops().contains("get_info"), target.hello().ops().toString());
    }

    @Test
    @DisplayName("get_info: stem's text, bytes that are not UTF-8 replaced as stem replaces them, and an error reply")
    void getInfo() {
        answer("GETINFO", "250-x=caf\u00c3\u00a9 \u00ff\r\n250 OK");
        assertEquals(Map.of("x", "caf\u00e9 \ufffd"), stem.getInfo(List.of("x")));
        answer("GETINFO", "552 Unrecognized key \"nosuch\"");
        LibraryError e = assertThrows(LibraryError.class, () -> stem.getInfo(List.of("nosuch")));
        assertEquals(552, e.status().orElse(-1), e.getMessage());
        assertEquals("InvalidArguments", e.type());
        assertTrue(stem.isAlive(), "stem stays connected after an error reply");
    }

    @Test
    @DisplayName("configuration: get_conf_map, set_options (None unsets), reset_conf, save_conf, load_conf")
    void configuration() {
        answer("GETCONF", "250-SocksPort=9050\r\n250-SocksPort=9150\r\n250 Nickname");
        assertEquals(Map.of("SocksPort", List.of("9050", "9150"), "Nickname", List.of()),
                stem.getConf(List.of("SocksPort", "Nickname")));
        answer("SETCONF", "250 OK");
        stem.setConf(List.of(Map.entry("Nickname", "x"), new java.util.AbstractMap.SimpleEntry<>("ExitPolicy", null)));
        assertEquals("SETCONF Nickname=\"x\" ExitPolicy", lastCommand(mock, "SETCONF"));
        answer("RESETCONF", "250 OK");
        stem.resetConf(List.of("Nickname"));
        assertEquals("RESETCONF Nickname", lastCommand(mock, "RESETCONF"));
        answer("SAVECONF", "250 OK");
        stem.saveConf(true);
        assertEquals("SAVECONF FORCE", lastCommand(mock, "SAVECONF"));
        answer("+LOADCONF", "250 OK");
        stem.loadConf("Log notice stdout");
        assertEquals("+LOADCONF\r\nLog notice stdout\r\n.", lastCommand(mock, "+LOADCONF"));
        stem.useFeature(List.of("VERBOSE_NAMES"));
        assertEquals("USEFEATURE VERBOSE_NAMES", lastCommand(mock, "USEFEATURE"));
    }

    @Test
    @DisplayName("set_events subscribes through add_event_listener; the event arrives with stem's parsed attributes")
    void events() {
        answer("SETEVENTS", "250 OK\r\n650 CIRC 1 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL");
        stem.setEvents(List.of("CIRC"));
        // stem subscribes its own cache listeners too, once GETINFO events/names says tor has them.
        assertEquals("SETEVENTS SIGNAL CONF_CHANGED STATUS_SERVER CIRC", lastCommand(mock, "SETEVENTS"));
        ControllerEvent e = stem.awaitEvent(ev -> ev.type().equals("CIRC"), Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("no CIRC event; events: " + stem.events()));
        assertEquals(List.of("CIRC 1 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL"), e.lines());
        assertEquals("1", e.fields().get("id"));
        assertEquals("LAUNCHED", e.fields().get("status"));
        assertEquals("NEED_CAPACITY", e.fields().get("build_flags"));
        assertFalse(e.fields().containsKey("reason"), "absent attributes are left out: " + e.fields());
    }

    @Test
    @DisplayName("circuits and streams: extend_circuit, repurpose_circuit, attach_stream, close_stream, close_circuit, signal, map_address")
    void circuitsAndStreams() {
        answer("EXTENDCIRCUIT", "250 EXTENDED 7");
        assertEquals("7", stem.extendCircuit("0", List.of(FP), Optional.empty()));
        assertEquals("EXTENDCIRCUIT 0 " + FP + " purpose=general", lastCommand(mock, "EXTENDCIRCUIT"), "stem's default purpose");
        answer("SETCIRCUITPURPOSE", "250 OK");
        stem.setCircuitPurpose("7", "controller");
        assertEquals("SETCIRCUITPURPOSE 7 purpose=controller", lastCommand(mock, "SETCIRCUITPURPOSE"));
        answer("ATTACHSTREAM", "250 OK");
        stem.attachStream("3", "7", Optional.of(2));
        assertEquals("ATTACHSTREAM 3 7 HOP=2", lastCommand(mock, "ATTACHSTREAM"));
        answer("CLOSESTREAM", "250 OK");
        stem.closeStream("3", 1);
        assertEquals("CLOSESTREAM 3 1", lastCommand(mock, "CLOSESTREAM"));
        assertThrows(Unimplemented.class, () -> stem.closeStream("3", 99), "no RelayEndReason for 99");
        answer("CLOSECIRCUIT", "250 OK");
        stem.closeCircuit("7", true);
        assertEquals("CLOSECIRCUIT 7 IfUnused", lastCommand(mock, "CLOSECIRCUIT"));
        answer("SIGNAL", "250 OK");
        stem.signal("NEWNYM");
        assertEquals("SIGNAL NEWNYM", lastCommand(mock, "SIGNAL"));
        answer("MAPADDRESS", "250 1.2.3.4=torproject.org");
        assertEquals(Map.of("1.2.3.4", "torproject.org"), stem.mapAddress(Map.of("1.2.3.4", "torproject.org")));
        answer("DROPGUARDS", "250 OK");
        stem.dropGuards();
        assertEquals("DROPGUARDS", lastCommand(mock, "DROPGUARDS"));
    }

    @Test
    @DisplayName("onion services: create_ephemeral_hidden_service, remove_ephemeral_hidden_service (False is an error), HSFETCH")
    void onionServices() {
        answer("ADD_ONION", "250-ServiceID=" + ONION + "\r\n250-PrivateKey=ED25519-V3:a2V5\r\n250 OK");
        Map<String, String> added = stem.addOnion("NEW:BEST", Map.of(80, "127.0.0.1:8080"), List.of("Detach"));
        assertEquals(Map.of("ServiceID", ONION, "PrivateKey", "ED25519-V3:a2V5"), added);
        assertEquals("ADD_ONION NEW:BEST Flags=Detach Port=80,127.0.0.1:8080", lastCommand(mock, "ADD_ONION"));
        answer("DEL_ONION", "250 OK");
        stem.delOnion(ONION);
        answer("DEL_ONION", "552 Unknown Onion Service id");
        assertEquals("ReturnedFalse", assertThrows(LibraryError.class, () -> stem.delOnion(ONION)).type());
        answer("HSFETCH", "250 OK");
        stem.hsFetch(ONION, List.of());
        assertEquals("HSFETCH " + ONION, lastCommand(mock, "HSFETCH"));
    }

    @Test
    @DisplayName("protocol_info is stem's parse; raw goes through msg()")
    void protocolInfoAndRaw() {
        ProtocolInfoResult info = stem.protocolInfo();
        assertEquals(List.of("Cookie", "Safecookie"), info.authMethods(), "stem's AuthMethod names");
        assertEquals(Optional.of(mock.cookieFile().toString()), info.cookieFile());
        assertEquals(Optional.of("0.4.9.11"), info.torVersion());
        answer("GETINFO", "250-version=0.4.9.11\r\n250 OK");
        assertEquals(new RawReply(250, List.of("version=0.4.9.11", "OK")), stem.raw("GETINFO version"));
        answer("GETINFO", "552 Unrecognized key \"x\"");
        assertEquals(new RawReply(552, List.of("Unrecognized key \"x\"")), stem.raw("GETINFO x"), "msg() returns error replies");
    }

    @Test
    @DisplayName("ops stem has no API for are unimplemented, with the reason")
    void unimplemented() {
        Unimplemented e = assertThrows(Unimplemented.class, () -> stem.redirectStream("3", "127.0.0.1", Optional.empty()));
        assertTrue(e.getMessage().contains("REDIRECTSTREAM"), e.getMessage());
        assertThrows(Unimplemented.class, () -> stem.postDescriptor("d", Optional.empty(), Optional.empty()));
        assertThrows(Unimplemented.class, () -> stem.resolve(List.of("example.com"), false));
        assertThrows(Unimplemented.class, () -> stem.takeOwnership());
        assertThrows(Unimplemented.class, () -> stem.dropOwnership());
        assertThrows(Unimplemented.class, () -> stem.dropTimeouts());
        assertTrue(stem.isAlive());
    }
}
