package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LiveTorLifecycleTest {

    @Test
    void closeStopsTheProcessAndDeletesTheDataDirectory() {
        Set<Long> childrenBefore = childPids();
        LiveTor tor = LiveTor.builder().start();
        long pid = tor.pid();
        Path dataDirectory = tor.dataDirectory();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(Files.isDirectory(dataDirectory));

        tor.close();

        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "tor pid " + pid + " alive");
        assertFalse(Files.exists(dataDirectory), dataDirectory + " still exists");
        assertEquals(childrenBefore, childPids());
        assertTrue(tor.logTail(50).stream().anyMatch(l -> l.contains("Opened Control listener")),
                "log tail kept after close: " + tor.logTail(50));
    }

    @Test
    void theTorrcIsTheOnlyConfigurationReadAndItDisablesTheNetwork() {
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.cookie()).start();
                ControlConnection c = ControlConnection.openWithCookie(tor.controlPort(), tor.cookieFile().get())) {
            Path torrc = tor.dataDirectory().resolve("torrc");
            assertEquals(List.of("Read configuration file \"" + torrc + "\"."),
                    tor.logTail(100).stream().filter(l -> l.contains("configuration file"))
                            .map(l -> l.substring(l.indexOf("] ") + 2)).toList());
            // --defaults-torrc /dev/null is treated as "not present" and nothing is read; GETINFO then
            // falls back to naming the compiled-in default path, although tor never opened it.
            assertEquals(List.of("250-config-file=" + torrc, "250-config-defaults-file=/etc/tor/torrc-defaults",
                            "250 OK"),
                    c.send("GETINFO config-file config-defaults-file").lines());
            assertEquals(List.of("250-DisableNetwork=1", "250 __OwningControllerProcess=" + ProcessHandle.current().pid()),
                    c.send("GETCONF DisableNetwork __OwningControllerProcess").lines());
        }
    }

    @Test
    void refusesANetworkedTorWithoutPrivateAuthorities() {
        Set<Long> childrenBefore = childPids();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LiveTor.builder().disableNetwork(false).start().close());
        assertTrue(e.getMessage().contains("refusing to start tor without DisableNetwork 1"), e.getMessage());
        assertTrue(e.getMessage().contains("DirAuthority"), e.getMessage());
        assertEquals(childrenBefore, childPids());
    }

    @Test
    void refusesANetworkedTorWhoseAuthorityIsNotOnLoopback() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LiveTor.builder()
                .disableNetwork(false)
                .torrcLine("DirAuthority moria1 orport=9201 v3ident=F533C81CEF0BC0267857C99B2F471ADF249FA232 "
                        + "128.31.0.39:9231 1A25C6358DB91342AA51720A5038B72742732498")
                .start().close());
        assertTrue(e.getMessage().contains("128.31.0.39:9231"), e.getMessage());
    }

    @Test
    void refusesASocksPortUnderDisableNetworkBecauseTorOpensNone() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LiveTor.builder().socksPort(true).start().close());
        assertTrue(e.getMessage().contains("DisableNetwork 1 opens no SOCKS listener"), e.getMessage());
    }

    @Test
    void disableNetworkKeepsAConfiguredSocksPortClosed() {
        try (LiveTor tor = LiveTor.builder().torrcLine("SocksPort 127.0.0.1:auto").start();
                ControlConnection c = ControlConnection.open(tor.controlPort())) {
            c.requireOk("AUTHENTICATE");
            assertEquals(List.of("250-net/listeners/socks=", "250 OK"),
                    c.send("GETINFO net/listeners/socks").lines());
            assertEquals(List.of("250 SocksPort=127.0.0.1:auto"), c.send("GETCONF SocksPort").lines());
        }
    }

    @Test
    void unreachableAuthorityModeAnswersSocks5ButNeverBootstraps() throws Exception {
        try (LiveTor tor = LiveTor.builder().socksWithUnreachableAuthority().start();
                ControlConnection c = ControlConnection.open(tor.controlPort())) {
            int socksPort = tor.socksPort().orElseThrow();
            assertArrayEquals(new byte[] {5, 0}, Socks5Probe.greet(socksPort));
            c.requireOk("AUTHENTICATE");
            assertEquals(List.of("250-net/listeners/socks=\"127.0.0.1:" + socksPort + "\"", "250 OK"),
                    c.send("GETINFO net/listeners/socks").lines());
            String phase = c.send("GETINFO status/bootstrap-phase").firstLine();
            assertTrue(phase.contains("PROGRESS="), phase);
            assertFalse(phase.contains("PROGRESS=100"), phase);
        }
    }

    @Test
    void aTorThatFailsToStartIsReportedWithItsLog() {
        Set<Long> childrenBefore = childPids();
        TorStartException e = assertThrows(TorStartException.class,
                () -> LiveTor.builder().torrcLine("NoSuchOption 1").start().close());
        assertTrue(e.getMessage().contains("Unknown option 'NoSuchOption'"), e.getMessage());
        assertEquals(childrenBefore, childPids());
    }

    @Test
    void aPortAlreadyInUseIsRecognisedSoThatNetworkStartsCanRetry() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, Loopback.address())) {
            TorStartException e = assertThrows(TorStartException.class, () -> LiveTor.builder()
                    .torrcLine("ControlPort 127.0.0.1:" + taken.getLocalPort()).start().close());
            assertTrue(e.portInUse(), e.getMessage());
        }
    }

    @Test
    void linesSettingHarnessOptionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveTor.builder().torrcLine("disablenetwork 0"));
        assertTrue(e.getMessage().contains("disableNetwork"), e.getMessage());
    }

    @Test
    void versionIsThePinnedOne() {
        assertEquals("0.4.9.11", LiveTor.version());
    }

    @Test
    void portsAreOnLoopbackAndDistinct() {
        try (LiveTor a = LiveTor.builder().start(); LiveTor b = LiveTor.builder().start()) {
            assertNotEquals(a.controlPort(), b.controlPort());
            assertNotEquals(a.dataDirectory(), b.dataDirectory());
            assertTrue(Loopback.acceptsConnection(a.controlPort()));
        }
    }

    static Set<Long> childPids() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
