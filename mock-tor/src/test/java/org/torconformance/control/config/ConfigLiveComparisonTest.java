package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;

/**
 * Runs fidelity/config.scenarios against a live tor 0.4.9.11 and a mock started from the same torrc
 * (its own DataDirectory), and compares every exchange's bytes after replacing each side's
 * DataDirectory and control port. Then exchanges the scenario format cannot express (a LOADCONF
 * body naming the DataDirectory, the file SAVECONF writes) are compared the same way.
 * Prints the agreement and writes every exchange to target/config-comparison.txt. Removes the
 * onion-service directories the scenarios make tor create under /tmp.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfigLiveComparisonTest {
    static final Duration QUIET = Duration.ofMillis(150);
    static final Duration MAX = Duration.ofSeconds(10);
    /** How long a silent target gets before its silence is its answer. */
    static final Duration PATIENCE = Duration.ofSeconds(2);
    /** Exchanges known to differ, by scenario and exchange number; each is explained in the module's report. */
    static final Set<String> KNOWN_DIFFERENCES = Set.of();

    private static LiveTor live;
    private static MockTor mock;
    private static Side liveSide;
    private static Side mockSide;
    private static final List<Compared> results = new ArrayList<>();

    record Compared(String scenario, int index, String sent, String live, String mock) {
        boolean same() {
            return live.equals(mock);
        }

        String id() {
            return scenario + " #" + index;
        }
    }

    /** One target: its port, and the values normalization hides. */
    record Side(int port, String dataDirectory) {
        String normalize(String s) {
            return s.replace(dataDirectory, "<DATADIR>").replaceAll("127\\.0\\.0\\.1:" + port + "(?![0-9])", "127.0.0.1:<PORT>");
        }

        RawControlClient connect(boolean authenticate) {
            RawControlClient c = RawControlClient.connect(port);
            if (authenticate) {
                c.send("AUTHENTICATE\r\n");
                response(c);
            }
            return c;
        }

        String exchange(RawControlClient c, byte[] bytes) {
            c.send(ByteString.of(bytes));
            return normalize(response(c));
        }

        /** Everything that arrives until the connection is quiet, waiting up to PATIENCE for the first byte. */
        static String response(RawControlClient c) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                String got = c.drain(QUIET, MAX).latin1();
                if (!got.isEmpty() || System.nanoTime() > deadline || c.isClosedByPeer()) {
                    return got;
                }
            }
        }
    }

    @BeforeAll
    static void start() throws IOException {
        ScenarioScript script = script();
        live = LiveTor.builder().auth(ControlAuth.none()).torrcLines(script.torrc).start();
        String liveTorrc = Files.readString(live.dataDirectory().resolve("torrc"), StandardCharsets.ISO_8859_1);
        Matcher dir = Pattern.compile("(?m)^DataDirectory (.*)$").matcher(liveTorrc);
        assertTrue(dir.find(), liveTorrc);
        Path mockDir = Files.createTempDirectory("config-comparison-");
        Path mockTorrc = mockDir.resolve("torrc");
        Files.writeString(mockTorrc, liveTorrc.replace(dir.group(1), mockDir.toString()), StandardCharsets.ISO_8859_1);
        mock = MockTor.builder().dataDirectory(mockDir).torrcFile(mockTorrc).torQuirks(true).seed(1).start();
        liveSide = new Side(live.controlPort(), dir.group(1));
        mockSide = new Side(mock.controlPort(), mockDir.toString());
    }

    @AfterAll
    static void stop() throws IOException {
        long same = results.stream().filter(Compared::same).count();
        StringBuilder report = new StringBuilder("config comparison with tor 0.4.9.11: " + same + " of " + results.size()
                + " exchanges identical\n");
        for (Compared r : results) {
            report.append(r.same() ? "SAME " : "DIFF ").append(r.id()).append("\n> ").append(r.sent().strip()).append('\n');
            report.append(r.same() ? "both:\n" + r.live() : "tor:\n" + r.live() + "mock:\n" + r.mock());
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "config-comparison.txt"), report);
        System.out.println(report.substring(0, report.indexOf("\n")));
        if (mock != null) {
            Path dir = mock.dataDirectory();
            mock.close();
            deleteRecursively(dir);
        }
        if (live != null) {
            live.close();
        }
        for (String hs : List.of("hs1", "hs2")) {
            Path dir = Path.of("/tmp/tor-conformance-config-" + hs);
            if (Files.isDirectory(dir)) {
                deleteRecursively(dir);
            }
        }
    }

    @Test
    @Order(1)
    void scenarioFileAgreesWithTor() {
        for (ScenarioScript.Scenario s : script().scenarios) {
            if (s.skipLive()) {
                continue;
            }
            try (RawControlClient t = liveSide.connect(!s.preauth()); RawControlClient m = mockSide.connect(!s.preauth())) {
                int i = 0;
                for (byte[] send : s.sends()) {
                    results.add(compare(s.name(), ++i, new String(send, StandardCharsets.ISO_8859_1), t, send, m, send));
                }
            }
        }
        assertUnexplainedDifferences();
    }

    /** LOADCONF that succeeds needs each target's own paths in its body, which a scenario file cannot say. */
    @Test
    @Order(2)
    void loadconfAndSaveconfAgreeWithTor() throws IOException {
        String body = String.join("\r\n", "DataDirectory %DATADIR%", "DisableNetwork 1", "SocksPort 0",
                "__OwningControllerProcess " + ProcessHandle.current().pid(),
                "ControlPort 127.0.0.1:auto", "ControlPortWriteToFile %DATADIR%/control-port", "Log notice file %DATADIR%/notice.log",
                "ContactInfo \"loaded # not a comment\"  # a comment", "MaxCircuitDirtiness 5 \\", " minutes",
                "ExitPolicy accept *:80", "+ExitPolicy reject *:*", "HiddenServiceDir /tmp/tor-conformance-config-hs1",
                "HiddenServicePort 80", "HiddenServiceDir /tmp/tor-conformance-config-hs2", "HiddenServicePort 81 127.0.0.1:8081", ".");
        String include = String.join("\r\n", "DataDirectory %DATADIR%", "DisableNetwork 1", "SocksPort 0",
                "__OwningControllerProcess " + ProcessHandle.current().pid(),
                "%include %DATADIR%/included.conf", ".");
        for (Side side : List.of(liveSide, mockSide)) {
            Files.writeString(Path.of(side.dataDirectory(), "included.conf"), "ContactInfo included\nNumEntryGuards 4\n");
        }
        List<String> sends = List.of("SETEVENTS CONF_CHANGED", "+LOADCONF\r\n" + body, "GETCONF ContactInfo MaxCircuitDirtiness ExitPolicy HiddenServiceOptions",
                "GETINFO config-text", "SAVECONF", "+LOADCONF\r\n" + include, "GETINFO config-can-saveconf config-text", "SAVECONF",
                "SAVECONF FORCE", "+LOADCONF\r\n" + body, "RESETCONF HiddenServiceOptions ExitPolicy ContactInfo MaxCircuitDirtiness");
        try (RawControlClient t = liveSide.connect(true); RawControlClient m = mockSide.connect(true)) {
            int i = 0;
            for (String send : sends) {
                i++;
                byte[] forLive = (send.replace("%DATADIR%", liveSide.dataDirectory()) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                byte[] forMock = (send.replace("%DATADIR%", mockSide.dataDirectory()) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                results.add(compare("loadconf and saveconf with real paths", i, send, t, forLive, m, forMock));
            }
        }
        for (String file : List.of("torrc", "torrc.orig.1")) {
            results.add(new Compared("files SAVECONF leaves", results.size(), file,
                    liveSide.normalize(Files.readString(Path.of(liveSide.dataDirectory(), file), StandardCharsets.ISO_8859_1)),
                    mockSide.normalize(Files.readString(Path.of(mockSide.dataDirectory(), file), StandardCharsets.ISO_8859_1))));
        }
        assertUnexplainedDifferences();
    }

    /** Sends to both targets at once and waits for both responses. */
    private static Compared compare(String scenario, int index, String sent, RawControlClient t, byte[] toLive,
                                    RawControlClient m, byte[] toMock) {
        java.util.concurrent.CompletableFuture<String> mockResponse =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> mockSide.exchange(m, toMock));
        String liveResponse = liveSide.exchange(t, toLive);
        return new Compared(scenario, index, sent, liveResponse, mockResponse.join());
    }

    private static void assertUnexplainedDifferences() {
        List<String> unexplained = results.stream().filter(r -> !r.same() && !KNOWN_DIFFERENCES.contains(r.id()))
                .map(r -> r.id() + "\n> " + r.sent().strip() + "\ntor:\n" + r.live() + "mock:\n" + r.mock()).toList();
        assertEquals("", String.join("\n", unexplained), unexplained.size() + " exchanges differ from tor");
    }

    static ScenarioScript script() {
        try (InputStream in = ConfigLiveComparisonTest.class.getResourceAsStream("/fidelity/config.scenarios")) {
            return ScenarioScript.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
