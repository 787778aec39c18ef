package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TorNetworkStartFailureTest {

    @Test
    void aNodeFailingHalfWayLeavesNothingRunning() throws IOException {
        Set<Long> childrenBefore = LiveTorLifecycleTest.childPids();
        Set<Path> dirsBefore = networkDirectories();

        // auth0 (the exit authority) starts; auth1 and auth2 reject their torrc.
        TorStartException e = assertThrows(TorStartException.class, () -> TorNetwork.builder()
                .torrcLines(NodeRole.AUTHORITY, List.of("NoSuchOption 1"))
                .start().close());

        assertTrue(e.getMessage().contains("auth1 exited"), e.getMessage());
        assertTrue(e.getMessage().contains("Unknown option 'NoSuchOption'"), e.getMessage());
        assertEquals(childrenBefore, LiveTorLifecycleTest.childPids());
        assertEquals(dirsBefore, networkDirectories());
    }

    @Test
    void linesPointingOutsideLoopbackAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TorNetwork.builder()
                .torrcLines(NodeRole.CLIENT, List.of("FallbackDir 198.51.100.7:80 orport=9001 id=" + "A".repeat(40))));
        assertTrue(e.getMessage().contains("198.51.100.7"), e.getMessage());
    }

    private static Set<Path> networkDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("tornet-")).collect(Collectors.toSet());
        }
    }
}
