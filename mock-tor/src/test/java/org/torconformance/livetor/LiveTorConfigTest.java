package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveTorConfigTest {
    private static final Path DIR = Path.of("/tmp/livetor-x");

    @Test
    void extraLinesComeLastInTheirOrder() {
        LiveTorConfig config = new LiveTorConfig(ControlAuth.cookie(), List.of("B 2", "A 1", "B 3"), false, true, false);
        List<String> lines = config.torrcLines(DIR, 42, Optional.empty());
        assertEquals(List.of("B 2", "A 1", "B 3"), lines.subList(lines.size() - 3, lines.size()));
        assertTrue(lines.contains("DataDirectory /tmp/livetor-x"));
        assertTrue(lines.contains("ControlPort 127.0.0.1:auto"));
        assertTrue(lines.contains("ControlPortWriteToFile /tmp/livetor-x/control.port"));
        assertTrue(lines.contains("__OwningControllerProcess 42"));
        assertTrue(lines.contains("DisableNetwork 1"));
        assertTrue(lines.contains("SocksPort 0"), "tor would otherwise listen on 9050: " + lines);
        assertTrue(lines.contains("CookieAuthentication 1"));
    }

    @Test
    void anExplicitSocksPortLineReplacesTheDefaultOff() {
        LiveTorConfig config = new LiveTorConfig(ControlAuth.none(), List.of("SocksPort 127.0.0.1:auto"), false, true, false);
        assertFalse(config.torrcLines(DIR, 1, Optional.empty()).contains("SocksPort 0"));
    }

    @Test
    void passwordBecomesHashedControlPassword() {
        String hash = "16:116CD37C544BB7BE6027C975E29C0E06451BCD0B3B4B69BE4892B72C73";
        LiveTorConfig config = new LiveTorConfig(ControlAuth.hashedPassword(hash), List.of(), false, true, false);
        assertTrue(config.torrcLines(DIR, 1, Optional.of(new ControlAuth.HashedPassword(hash)))
                .contains("HashedControlPassword " + hash));
    }

    @Test
    void malformedHashesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ControlAuth.hashedPassword("foo"));
        assertThrows(IllegalArgumentException.class, () -> ControlAuth.hashedPassword("16:ABC"));
    }

    @Test
    void unreachableAuthorityPassesTheNetworkCheck() {
        LiveTorConfig config = new LiveTorConfig(ControlAuth.none(), List.of(), true, false, true);
        assertDoesNotThrow(config::validate);
        List<String> lines = config.torrcLines(DIR, 1, Optional.empty());
        assertTrue(lines.containsAll(LiveTorConfig.UNREACHABLE_AUTHORITY));
        assertFalse(lines.contains("DisableNetwork 1"));
    }

    @Test
    void directoryLinesMustAllBeOnLoopback() {
        String local = "DirAuthority a orport=5000 no-v2 v3ident=" + "B".repeat(40) + " 127.0.0.1:7000 " + "C".repeat(40);
        assertEquals(Optional.empty(), PrivateDirectoryLines.whyNotPrivate(List.of(local)));
        assertTrue(PrivateDirectoryLines.whyNotPrivate(List.of(local, "FallbackDir 10.0.0.1:80 orport=9001 id=" + "D".repeat(40)))
                .isPresent());
        assertTrue(PrivateDirectoryLines.whyNotPrivate(List.of(local.replace("127.0.0.1:7000", "192.168.1.1:7000")))
                .isPresent());
        assertTrue(PrivateDirectoryLines.whyNotPrivate(List.of(local + " ipv6=[2001:db8::1]:5000")).isPresent());
        assertTrue(PrivateDirectoryLines.whyNotPrivate(List.of(
                local.replace(" 127.0.0.1:7000", " upload=http://203.0.113.5:80/ 127.0.0.1:7000"))).isPresent());
        assertEquals(Optional.empty(), PrivateDirectoryLines.whyNotPrivate(List.of(local + " ipv6=[::1]:5000")));
        assertTrue(PrivateDirectoryLines.whyNotPrivate(List.of("# DirAuthority x 127.0.0.1:1 " + "A".repeat(40)))
                .isPresent(), "a comment is not an authority");
    }
}
