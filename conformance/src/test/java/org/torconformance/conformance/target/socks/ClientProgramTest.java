package org.torconformance.conformance.target.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.target.TargetUnavailable;

class ClientProgramTest {
    @Test
    @DisplayName("a missing client makes its target unavailable, naming the package to install")
    void missing(@TempDir Path empty) {
        TargetUnavailable e = assertThrows(TargetUnavailable.class,
                () -> ClientProgram.require("torsocks", "torsocks", "torsocks", List.of(empty)));
        assertTrue(e.getMessage().contains("apt-get install -y torsocks"), e.getMessage());
    }

    @Test
    @DisplayName("a run reports exit code, stdout and stderr, without the suite's proxy variables")
    void run() {
        ClientProgram sh = ClientProgram.require("sh", "dash", "test");
        ClientProgram.Run r = sh.run(List.of("-c", "echo \"out ${ALL_PROXY:-none} $EXTRA\"; echo err >&2; exit 3"),
                Map.of("EXTRA", "given"), Duration.ofSeconds(10));
        assertEquals(3, r.exitCode());
        assertEquals("out none given\n", r.stdout());
        assertEquals("err\n", r.stderr());
    }

    @Test
    @DisplayName("a client that does not exit within its bound is a HANG")
    void hang() {
        ClientProgram sh = ClientProgram.require("sh", "dash", "test");
        assertThrows(Hang.class, () -> sh.run(List.of("-c", "exec sleep 30"), Map.of(), Duration.ofMillis(200)));
    }
}
