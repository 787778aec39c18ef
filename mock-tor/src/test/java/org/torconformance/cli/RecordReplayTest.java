package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.transcript.RecordingProxy;
import org.torconformance.transcript.Transcript;
import org.torconformance.transcript.TranscriptReport;

/**
 * A recording replays against the same controller with the same result: stem's session
 * (fixtures/record/stem_session.py) through the recorder to a live tor, then against a mock
 * replaying the recording with its own cookie, prints the same lines, and the mock reports every
 * recorded command matched.
 */
class RecordReplayTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Duration SESSION = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private static List<String> session(int port) {
        if (!Files.isExecutable(PYTHON)) {
            fail("/usr/bin/python3 is missing: apt-get install -y python3-stem");
        }
        List<String> command = List.of(PYTHON.toString(), DropIn.fixtures().resolve("record/stem_session.py").toString(),
                Integer.toString(port));
        try (ConsoleProcess p = ConsoleProcess.start(command, Map.of(), Optional.empty())) {
            int exit = p.awaitExit(SESSION);
            if (exit == 3) {
                fail(String.join("\n", p.stderr()));
            }
            assertEquals(0, exit, "stdout:\n" + String.join("\n", p.stdout()) + "\nstderr:\n" + String.join("\n", p.stderr()));
            return p.stdout();
        }
    }

    @Test
    @DisplayName("stem's session recorded from a live tor replays on the mock with the same output and a clean report")
    void recordThenReplay() throws IOException {
        Path out = tmp.resolve("stem-session.tx");
        List<String> live;
        String cookieHex;
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.cookie()).start();
                RecordingProxy proxy = RecordingProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        tor.controlPort()), 0, out, Optional.of("stem session"), p -> { })) {
            cookieHex = HexFormat.of().formatHex(Files.readAllBytes(tor.cookieFile().orElseThrow()));
            live = session(proxy.port());
            Awaitility.await().atMost(SESSION).until(() -> proxy.written().equals(List.of(out)));
        }
        assertEquals(List.of("authenticated=True", "version=0.4.9.11", "DisableNetwork=1", "CookieAuthentication=1",
                "SocksPort=0", "signal_event=CLEARDNSCACHE"), live);

        String text = Files.readString(out);
        System.out.println("--- " + out.getFileName() + " ---\n" + text);
        assertFalse(text.toLowerCase().contains(cookieHex), "the cookie is not in the recording");
        assertTrue(text.contains("> re:AUTHENTICATE .*?\n! model\n"), text);
        assertTrue(text.contains("< 650 SIGNAL CLEARDNSCACHE\n"), "the event is recorded:\n" + text);

        try (MockTor mock = MockTor.builder().auth(Auth.cookie()).start()) {
            mock.enqueue(Transcript.parse(text));
            assertEquals(live, session(mock.controlPort()), "the same controller, the same results");
            Awaitility.await().atMost(SESSION).until(() -> mock.transcripts().reports().stream().allMatch(TranscriptReport::finished)
                    && mock.transcripts().reports().size() == 1);
            TranscriptReport report = mock.transcripts().reports().get(0);
            assertTrue(report.clean(), "report: " + report.outcomes());
            assertTrue(report.outcomes().size() >= 10, "every recorded command matched: " + report.outcomes());
        }
    }
}
