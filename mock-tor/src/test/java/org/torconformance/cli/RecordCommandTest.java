package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;

/** {@code mock-tor record} as a command: its output, one file per connection, its usage errors. */
class RecordCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    @DisplayName("prints record-port=N, writes FILE then FILE.2, prints recorded=PATH for each, stops on SIGTERM")
    void recordsEachConnection() throws IOException {
        Path out = tmp.resolve("session.tx");
        try (MockTor upstream = MockTor.start();
                ConsoleProcess rec = ConsoleProcess.start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", DropIn.environment().get("MOCK_TOR_CLASSPATH"), Main.class.getName(), "record",
                        "--upstream", "127.0.0.1:" + upstream.controlPort(), "--out", out.toString(), "--title", "two sessions"),
                        Map.of(), Optional.empty())) {
            String portLine = rec.awaitStdout(l -> l.startsWith("record-port="), WAIT);
            int port = Integer.parseInt(portLine.substring("record-port=".length()));
            try (RawControlClient c = RawControlClient.connect(port)) {
                assertEquals(250, c.command("AUTHENTICATE").status());
                assertEquals(250, c.command("QUIT").status());
                assertTrue(c.awaitClosed(WAIT));
            }
            rec.awaitStdout(l -> l.equals("recorded=" + out), WAIT);
            try (RawControlClient c = RawControlClient.connect(port)) {
                assertEquals(250, c.command("AUTHENTICATE").status());
                assertEquals(250, c.command("USEFEATURE VERBOSE_NAMES").status());
            }
            rec.awaitStdout(l -> l.equals("recorded=" + out + ".2"), WAIT);
            rec.signal("TERM");
            rec.awaitExit(WAIT);
            assertEquals("""
                    @title two sessions
                    > AUTHENTICATE
                    < 250 OK
                    > QUIT
                    < 250 closing connection
                    ! close
                    """, Files.readString(out));
            assertEquals("""
                    @title two sessions
                    > AUTHENTICATE
                    < 250 OK
                    > USEFEATURE VERBOSE_NAMES
                    < 250 OK
                    ! expect-close
                    """, Files.readString(tmp.resolve("session.tx.2")));
        }
    }

    @Test
    @DisplayName("the upstream must be on this machine; --upstream and --out are required")
    void usage() {
        MainTest.Run far = MainTest.run("", "record", "--upstream", "192.0.2.1:9051", "--out", tmp.resolve("x").toString());
        assertEquals(2, far.code());
        assertTrue(far.err().contains("loopback"), far.err());
        MainTest.Run missing = MainTest.run("", "record", "--out", tmp.resolve("x").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--upstream"), missing.err());
        assertTrue(MainTest.run("", "--help").out().contains("mock-tor record --upstream 127.0.0.1:PORT --out FILE"));
        assertTrue(MainTest.run("", "--help").out().contains("mock-tor/bin/tor"));
    }
}
