package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.client.RawControlClient;
import org.torconformance.crypto.HashedPassword;
import org.torconformance.wire.Reply;

/** What the drop-in does past start-up: bootstrap, authentication, owners, signals, logs. */
class DropInBehaviourTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private ConsoleProcess start(String torrc, String... args) {
        List<String> a = new java.util.ArrayList<>(List.of("--defaults-torrc", "/dev/null", "-f", "-",
                "--DataDirectory", tmp.resolve("data").toString(), "--ControlPort", "auto",
                "--ControlPortWriteToFile", tmp.resolve("port").toString(), "--CookieAuthentication", "1"));
        a.addAll(List.of(args));
        return ConsoleProcess.start(DropIn.command(a.toArray(String[]::new)), DropIn.environment(), Optional.of(torrc));
    }

    private RawControlClient authenticated() throws IOException {
        String port = Files.readString(tmp.resolve("port")).strip();
        RawControlClient c = RawControlClient.connect(Integer.parseInt(port.substring(port.lastIndexOf(':') + 1)));
        byte[] cookie = Files.readAllBytes(tmp.resolve("data/control_auth_cookie"));
        assertEquals(250, c.command("AUTHENTICATE " + HexFormat.of().formatHex(cookie)).status());
        return c;
    }

    private static String message(String line) {
        return line.substring(line.indexOf("] ") + 2);
    }

    @Test
    @DisplayName("bootstraps 0..100% on stdout and as STATUS_CLIENT events; SIGINT ends it as tor's Interrupt")
    void bootstrapAndInterrupt() throws IOException {
        try (ConsoleProcess tor = start("")) {
            tor.awaitStdout(l -> l.contains("Bootstrapped 0% (starting)"), RUN);
            try (RawControlClient c = authenticated()) {
                assertEquals(250, c.command("SETEVENTS STATUS_CLIENT").status());
                tor.awaitStdout(l -> l.endsWith("Bootstrapped 100% (done): Done"), RUN);
                Reply done = c.nextEvent(RUN).orElseThrow();
                while (!done.end().text().latin1().contains("PROGRESS=100")) {
                    done = c.nextEvent(RUN).orElseThrow();
                }
                assertEquals("STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"", done.end().text().latin1());
                assertEquals("STATUS_CLIENT NOTICE CIRCUIT_ESTABLISHED", c.nextEvent(RUN).orElseThrow().end().text().latin1());
                assertEquals("status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"",
                        c.command("GETINFO status/bootstrap-phase").first().text().latin1());
            }
            List<String> progress = tor.stdout().stream().map(DropInBehaviourTest::message)
                    .filter(m -> m.startsWith("Bootstrapped ")).map(m -> m.substring(13, m.indexOf('%'))).toList();
            assertEquals(List.of("0", "5", "10", "14", "15", "20", "25", "30", "40", "45", "50", "75", "90", "95", "100"), progress);
            tor.signal("INT");
            assertEquals(0, tor.awaitExit(RUN));
            assertEquals("Interrupt: exiting cleanly.", message(tor.stdout().get(tor.stdout().size() - 1)));
        }
    }

    @Test
    @DisplayName("DisableNetwork 1 holds the bootstrap at 0% until a controller sets DisableNetwork 0")
    void disableNetworkHoldsTheBootstrap() throws IOException {
        try (ConsoleProcess tor = start("DisableNetwork 1\n")) {
            tor.awaitStdout(l -> l.endsWith("Delaying directory fetches: DisableNetwork is set."), RUN);
            try (RawControlClient c = authenticated()) {
                assertEquals("status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=0 TAG=starting SUMMARY=\"Starting\"",
                        c.command("GETINFO status/bootstrap-phase").first().text().latin1());
                assertEquals(250, c.command("SETCONF DisableNetwork=0").status());
                tor.awaitStdout(l -> l.endsWith("Bootstrapped 100% (done): Done"), RUN);
            }
            tor.signal("TERM");
            assertEquals(0, tor.awaitExit(RUN));
        }
    }

    @Test
    @DisplayName("exits as tor does when the __OwningControllerProcess dies")
    void owningProcessDies() throws Exception {
        Process owner = new ProcessBuilder("sleep", "600").start();
        try (ConsoleProcess tor = start("", "__OwningControllerProcess", Long.toString(owner.pid()))) {
            tor.awaitStdout(l -> l.contains("Starting with guard context"), RUN);
            owner.destroy();
            assertEquals(0, tor.awaitExit(RUN));
            List<String> tail = tor.stdout().subList(tor.stdout().size() - 3, tor.stdout().size()).stream()
                    .map(DropInBehaviourTest::message).toList();
            assertEquals(List.of("Monitored process " + owner.pid() + " is dead.",
                    "Owning controller process has vanished -- exiting now.", "Catching signal TERM, exiting cleanly."), tail);
            assertFalse(Files.exists(tmp.resolve("port")), "the port file is removed");
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    @DisplayName("exits as tor does when a connection that took ownership closes")
    void owningConnectionCloses() throws IOException {
        try (ConsoleProcess tor = start("")) {
            tor.awaitStdout(l -> l.contains("Starting with guard context"), RUN);
            try (RawControlClient c = authenticated()) {
                assertEquals(250, c.command("TAKEOWNERSHIP").status());
            }
            assertEquals(0, tor.awaitExit(RUN));
            assertEquals(List.of("Owning controller connection has closed -- exiting now.", "Catching signal TERM, exiting cleanly."),
                    tor.stdout().subList(tor.stdout().size() - 2, tor.stdout().size()).stream().map(DropInBehaviourTest::message).toList());
        }
    }

    @Test
    @DisplayName("SIGHUP is logged as tor's reload and does not stop it")
    void hangUp() throws IOException {
        try (ConsoleProcess tor = start("")) {
            tor.awaitStdout(l -> l.contains("Starting with guard context"), RUN);
            tor.signal("HUP");
            tor.awaitStdout(l -> l.endsWith("Received reload signal (hup). Reloading config and resetting internal state."), RUN);
            try (RawControlClient c = authenticated()) {
                assertEquals(250, c.command("GETINFO version").status());
            }
            tor.signal("TERM");
            assertEquals(0, tor.awaitExit(RUN));
        }
    }

    @Test
    @DisplayName("Log lines send notices to a file instead of stdout once the configuration is read")
    void logToFile() throws IOException {
        Path log = tmp.resolve("notices.log");
        try (ConsoleProcess tor = start("Log notice file " + log + "\n")) {
            org.awaitility.Awaitility.await().atMost(RUN).until(() -> Files.exists(log)
                    && Files.readString(log).contains("Starting with guard context"));
            tor.signal("TERM");
            assertEquals(0, tor.awaitExit(RUN));
            assertTrue(Files.readString(log).contains("Opened Control listener connection (ready)"));
            assertTrue(tor.stdout().stream().noneMatch(l -> l.contains("Control listener")), String.join("\n", tor.stdout()));
            assertTrue(tor.stdout().get(0).contains("Tor 0.4.9.11 running on Linux"), "before the configuration: the console");
        }
    }

    @Test
    @DisplayName("an unknown option is ignored with a [warn] on stderr; stdout stays tor's")
    void unknownOption() {
        try (ConsoleProcess tor = start("", "--FooBar", "1", "--verify-config")) {
            assertEquals(0, tor.awaitExit(RUN));
            assertEquals(1, tor.stderr().size(), String.join("\n", tor.stderr()));
            assertTrue(tor.stderr().get(0).matches(".* \\[warn\\] Unknown option 'FooBar'\\.  Ignoring it.*"), tor.stderr().get(0));
            assertEquals("Configuration was valid", tor.stdout().get(tor.stdout().size() - 1));
        }
    }

    @Test
    @DisplayName("tor commands the mock does not implement fail with a [warn] on stderr")
    void unsupportedCommand() {
        try (ConsoleProcess tor = ConsoleProcess.start(DropIn.command("--keygen"), DropIn.environment(), Optional.empty())) {
            assertEquals(1, tor.awaitExit(RUN));
            assertTrue(tor.stderr().get(0).contains("[warn] --keygen is a tor command mock-tor does not implement."));
        }
    }

    @Test
    @DisplayName("--hash-password prints a 16: hash of the password, as tor --hash-password does")
    void hashPassword() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = TorCommandLine.run(List.of("--hash-password", "sesame"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), Map.of());
        assertEquals(0, code);
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(hash.matches("16:[0-9A-F]{58}"), hash);
        assertTrue(HashedPassword.parse(hash).matches("sesame".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("bin/tor without a built jar tells the user to run mvn package")
    void missingJar() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("copy/bin"));
        Files.copy(DropIn.script(), bin.resolve("tor"), StandardCopyOption.COPY_ATTRIBUTES);
        try (ConsoleProcess tor = ConsoleProcess.start(List.of(bin.resolve("tor").toString(), "--version"),
                Map.of("MOCK_TOR_CLASSPATH", ""), Optional.empty())) {
            assertEquals(1, tor.awaitExit(RUN));
            assertTrue(String.join("\n", tor.stderr()).contains("mvn -B -q -pl mock-tor package"), String.join("\n", tor.stderr()));
        }
    }
}
