package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.control.config.ConfigCommandsTest.connect;
import static org.torconformance.control.config.ConfigCommandsTest.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;

/** The module inside the mock: its torrc, SAVECONF and LOADCONF on disk, TorConfig in step, the cookie. */
class ConfigModuleTest {
    @TempDir
    Path dir;

    private MockTor startFrom(String torrc) throws IOException {
        Path file = dir.resolve("torrc");
        Files.writeString(file, torrc);
        return MockTor.builder().dataDirectory(dir.resolve("data")).torrcFile(file).start();
    }

    @Test
    void startsFromItsTorrcAndSavesBackToIt() throws IOException {
        try (MockTor tor = startFrom("DisableNetwork 1\nMaxCircuitDirtiness 5 minutes # five\n__LeaveStreamsUnattached 1\n");
             RawControlClient c = connect(tor)) {
            assertEquals("250 MaxCircuitDirtiness=300\r\n", exchange(c, "GETCONF MaxCircuitDirtiness"));
            assertEquals("250-config-file=" + dir.resolve("torrc") + "\r\n250 OK\r\n", exchange(c, "GETINFO config-file"));
            assertEquals("250 OK\r\n", exchange(c, "SAVECONF"));
            String saved = Files.readString(dir.resolve("torrc"));
            assertTrue(saved.startsWith(TorrcWriter.GENERATED + "\n"), saved);
            assertTrue(saved.contains("\nMaxCircuitDirtiness 300\n") && saved.contains("\nDataDirectory " + dir.resolve("data") + "\n"), saved);
            assertFalse(saved.contains("__LeaveStreamsUnattached"), "controller-only options are not saved");
            assertEquals("DisableNetwork 1\nMaxCircuitDirtiness 5 minutes # five\n__LeaveStreamsUnattached 1\n",
                    Files.readString(dir.resolve("torrc.orig.1")));
        }
    }

    @Test
    void reloadRereadsTheTorrcAndForgetsWhatOnlySetconfSaid() throws IOException {
        try (MockTor tor = startFrom("ContactInfo first\n"); RawControlClient c = connect(tor)) {
            String controlPort = exchange(c, "GETCONF ControlPort");
            assertEquals("250 OK\r\n", exchange(c, "SETCONF Nickname=changed"));
            Files.writeString(dir.resolve("torrc"), "ContactInfo second\n");
            assertEquals("250 OK\r\n", exchange(c, "SIGNAL RELOAD"));
            assertEquals("250-ContactInfo=second\r\n250 Nickname\r\n", exchange(c, "GETCONF ContactInfo Nickname"));
            assertEquals(controlPort, exchange(c, "GETCONF ControlPort"), "the mock's own ControlPort survives");
            Files.writeString(dir.resolve("torrc"), "ContactInfo\n\"unterminated\n");
            assertEquals("250 OK\r\n", exchange(c, "SIGNAL HUP"));
            assertEquals("250 ContactInfo=second\r\n", exchange(c, "GETCONF ContactInfo"), "a torrc that no longer parses changes nothing");
        }
    }

    @Test
    void withoutATorrcSaveconfFailsAndNothingIsWritten() {
        try (MockTor tor = MockTor.builder().start(); RawControlClient c = connect(tor)) {
            assertEquals("250-config-file=/etc/tor/torrc\r\n250-config-defaults-file=/etc/tor/torrc-defaults\r\n250 OK\r\n",
                    exchange(c, "GETINFO config-file config-defaults-file"));
            assertEquals("551 Unable to write configuration to disk.\r\n", exchange(c, "SAVECONF FORCE"));
        }
    }

    @Test
    void includeStopsSaveconfUnlessForced() throws IOException {
        Files.writeString(dir.resolve("extra.conf"), "ContactInfo included\n");
        try (MockTor tor = startFrom("%include " + dir.resolve("extra.conf") + "\n"); RawControlClient c = connect(tor)) {
            assertEquals("250 ContactInfo=included\r\n", exchange(c, "GETCONF ContactInfo"));
            assertEquals("250-config-can-saveconf=0\r\n250 OK\r\n", exchange(c, "GETINFO config-can-saveconf"));
            assertEquals("551 Unable to write configuration to disk.\r\n", exchange(c, "SAVECONF"));
            assertEquals("250 OK\r\n", exchange(c, "SAVECONF FORCE"));
        }
    }

    @Test
    void loadconfReplacesEverythingAndAnnouncesIt() throws IOException {
        try (MockTor tor = startFrom("DisableNetwork 1\nContactInfo before\n"); RawControlClient c = connect(tor)) {
            exchange(c, "SETEVENTS CONF_CHANGED");
            String body = "DataDirectory " + dir.resolve("data") + "\r\nDisableNetwork 1\r\nNumEntryGuards 4\r\n.";
            assertEquals("250 OK\r\n650-CONF_CHANGED\r\n650-ContactInfo\r\n650-ControlPortLines\r\n650-NumEntryGuards=4\r\n650 OK\r\n",
                    exchange(c, "+LOADCONF\r\n" + body));
            assertEquals("512 Bad arguments to +LOADCONF: Empty body\r\n", exchange(c, "+LOADCONF\r\n."));
            assertEquals("552 Invalid config file\r\n", exchange(c, "+LOADCONF\r\nContactInfo \"x\r\n."));
        }
    }

    @Test
    void torConfigFollowsAndFeedsTheConfiguration() {
        try (MockTor tor = MockTor.builder().option("MaxCircuitDirtiness", "5 minutes").start();
             RawControlClient c = connect(tor)) {
            TorConfig config = tor.model().config();
            List<String> heard = new ArrayList<>();
            tor.reactor().run(() -> config.addListener((option, old, now) -> heard.add(option + "=" + now)));
            assertEquals("300", tor.reactor().call(() -> config.value("MaxCircuitDirtiness").orElseThrow()), "canonical encoding");
            assertEquals("1", tor.reactor().call(() -> config.value("__ReloadTorrcOnSIGHUP").orElseThrow()), "defaults are there too");
            exchange(c, "SETCONF maxcircuitdirtiness=700 ContactInfo=me");
            assertEquals(List.of("ContactInfo=[me]", "MaxCircuitDirtiness=[700]"), tor.reactor().call(() -> List.copyOf(heard)));
            tor.reactor().run(() -> config.set("Nickname", "fromAModule"));
            assertEquals("250 Nickname=fromAModule\r\n", exchange(c, "GETCONF Nickname"));
        }
    }

    @Test
    void cookieAuthenticationWritesTheCookie() {
        try (MockTor tor = MockTor.builder().start(); RawControlClient c = connect(tor)) {
            Path cookie = tor.dataDirectory().resolve("control_auth_cookie");
            assertFalse(Files.exists(cookie));
            assertEquals("250 OK\r\n", exchange(c, "SETCONF CookieAuthentication=1"));
            assertTrue(Files.exists(cookie));
        }
    }

    @Test
    void theMockRefusesToStartWhereTorWould() {
        assertThrows(IllegalStateException.class, () -> MockTor.builder().option("NoSuchOption", "1").start().close());
        assertThrows(IllegalStateException.class, () -> MockTor.builder().option("HashedControlPassword", "xyz").start().close());
    }
}
