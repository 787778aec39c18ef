package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-in against the installed tor 0.4.9.11, given the same command line and torrc: the same
 * console lines (timestamps, ports and directories aside, and the lines about GeoIP, TLS groups and
 * running as root that the mock has no reason to print), the same exit codes, the same files.
 */
class DropInFidelityTest {
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final String OWNER = Long.toString(ProcessHandle.current().pid());

    @TempDir
    Path tmp;

    /** What both get in every run: no network, no defaults torrc, a DataDirectory of their own. */
    private static List<String> base(Path dir, String... more) {
        List<String> a = new ArrayList<>(List.of("--defaults-torrc", "/dev/null", "--DisableNetwork", "1", "--SocksPort", "0",
                "--DataDirectory", dir.resolve("data").toString()));
        a.addAll(List.of(more));
        return a;
    }

    private record Run(int exit, List<String> lines, List<String> stderr) {
    }

    private Run run(String who, Function<Path, List<String>> args, Function<Path, Optional<String>> stdin,
            boolean untilStarted) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(who));
        List<String> a = args.apply(dir);
        try (ConsoleProcess p = who.equals("tor") ? LiveTorConsole.start(a, stdin.apply(dir))
                : ConsoleProcess.start(DropIn.command(a.toArray(String[]::new)), DropIn.environment(), stdin.apply(dir))) {
            if (untilStarted) {
                p.awaitStdout(l -> l.endsWith("Delaying directory fetches: DisableNetwork is set."), RUN);
                assertTrue(Files.exists(dir.resolve("data/control_auth_cookie")), who + " wrote no cookie");
                p.signal("TERM");
            }
            int exit = p.awaitExit(RUN);
            return new Run(exit, StartupLines.normalize(p.stdout(), dir), p.stderr());
        }
    }

    private void assertSame(Function<Path, List<String>> args, Function<Path, Optional<String>> stdin, boolean untilStarted)
            throws IOException {
        Run tor = run("tor", args, stdin, untilStarted);
        Run mock = run("mock", args, stdin, untilStarted);
        assertEquals(tor.lines(), mock.lines(), "console lines, tor vs mock");
        assertEquals(tor.exit(), mock.exit(), "exit code");
        assertEquals(List.of(), mock.stderr(), "the drop-in wrote to stderr");
    }

    @Test
    @DisplayName("start-up and SIGTERM print what tor prints; the cookie and port files come and go as tor's do")
    void startupAndShutdown() throws IOException {
        Function<Path, List<String>> args = dir -> base(dir, "-f", dir.resolve("torrc").toString(),
                "__OwningControllerProcess", OWNER);
        Function<Path, Optional<String>> torrc = dir -> {
            try {
                Path sockets = Files.createDirectories(dir.resolve("sockets"));
                Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxr-x---"));
                Files.writeString(dir.resolve("torrc"), "ControlPort auto\nControlPort unix:" + sockets.resolve("ctl")
                        + " GroupWritable\nControlPortWriteToFile " + dir.resolve("data/control.port")
                        + "\nCookieAuthentication 1\nLog notice stdout\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Optional.empty();
        };
        assertSame(args, torrc, true);
        for (String who : List.of("tor", "mock")) {
            assertFalse(Files.exists(tmp.resolve(who + "/data/control_auth_cookie")), who + " left its cookie");
            assertFalse(Files.exists(tmp.resolve(who + "/data/control.port")), who + " left its port file");
        }
    }

    @Test
    @DisplayName("a torrc on stdin (-f -), quoted values, continuations and %include")
    void torrcOnStdinWithIncludes() throws IOException {
        assertSame(dir -> base(dir, "-f", "-", "--verify-config"), dir -> {
            try {
                Path inc = Files.createDirectories(dir.resolve("torrc.d"));
                Files.writeString(inc.resolve("b.conf"), "CookieAuthentication 1\n");
                Files.writeString(inc.resolve("a.conf"), "ControlPortWriteToFile \"" + dir.resolve("p") + "\"\n");
                Files.writeString(inc.resolve(".hidden"), "Bogus 1\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Optional.of("# stdin torrc\n%include " + dir.resolve("torrc.d") + "\nControlPort \\\n  auto\n");
        }, false);
    }

    @Test
    @DisplayName("missing torrc files: an error, or tor's notice or warning with --ignore-missing-torrc and --allow-missing-torrc")
    void missingTorrc() throws IOException {
        assertSame(dir -> base(dir, "-f", dir.resolve("nope").toString(), "--ControlPort", "auto", "--CookieAuthentication", "1",
                "--verify-config"), dir -> Optional.empty(), false);
        assertSame(dir -> base(dir, "-f", dir.resolve("nope").toString(), "--ignore-missing-torrc", "--ControlPort", "auto",
                "--CookieAuthentication", "1", "--verify-config"), dir -> Optional.empty(), false);
        assertSame(dir -> base(dir, "-f", dir.resolve("nope").toString(), "--allow-missing-torrc", "--ControlPort", "auto",
                "--CookieAuthentication", "1", "--verify-config"), dir -> Optional.empty(), false);
    }

    @Test
    @DisplayName("bad configurations: tor's [warn] lines, [err] Reading config failed, exit 1")
    void badConfigurations() throws IOException {
        List<List<String>> cases = List.of(
                List.of("--CookieAuthentication", "7"),
                List.of("--ControlPort", "127.0.0.1:abc"),
                List.of("--CookieAuthentication", "1", "--HashedControlPassword", "16:ABC", "--ControlPort", "auto"),
                List.of("--CookieAuthentication", "1", "--ControlPort", "auto", "__OwningControllerProcess", "abc"),
                List.of("--CookieAuthentication", "1", "--ControlPort"));
        for (List<String> c : cases) {
            assertSame(dir -> {
                List<String> a = base(dir, "-f", "-", "--verify-config");
                a.addAll(c);
                return a;
            }, dir -> Optional.of(""), false);
        }
        assertSame(dir -> base(dir, "-f", "-", "--verify-config"), dir -> Optional.of("ControlPort \"9998\n"), false);
        assertSame(dir -> base(dir, "-f", "-", "--verify-config"),
                dir -> Optional.of("%include " + dir.resolve("missing.conf") + "\n"), false);
    }

    @Test
    @DisplayName("a control port in use: tor's bind warnings and exit 1")
    void portInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertSame(dir -> base(dir, "-f", "-", "--ControlPort", Integer.toString(taken.getLocalPort()),
                    "--CookieAuthentication", "1", "__OwningControllerProcess", OWNER), dir -> Optional.of(""), false);
        }
    }

    @Test
    @DisplayName("a Unix control socket in a missing or too open directory: tor's warnings and exit 1")
    void unixSocketDirectoryChecks() throws IOException {
        assertSame(dir -> base(dir, "-f", "-", "--CookieAuthentication", "1", "--ControlPort",
                "unix:" + dir.resolve("missing/ctl"), "__OwningControllerProcess", OWNER), dir -> Optional.of(""), false);
        assertSame(dir -> base(dir, "-f", "-", "--CookieAuthentication", "1", "--ControlPort",
                "unix:" + dir.resolve("open/ctl"), "__OwningControllerProcess", OWNER), dir -> {
                    try {
                        Files.setPosixFilePermissions(Files.createDirectories(dir.resolve("open")),
                                PosixFilePermissions.fromString("rwxr-xr-x"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return Optional.of("");
                }, false);
    }

    @Test
    @DisplayName("--quiet and --hush quieten the console as tor's do")
    void quietLevels() throws IOException {
        for (String q : List.of("--quiet", "--hush")) {
            assertSame(dir -> base(dir, "-f", "-", q, "--ControlPort", "auto", "--verify-config"), dir -> Optional.of(""), false);
        }
    }

    @Test
    @DisplayName("--list-fingerprint: a client has no identity keys, as tor says")
    void listFingerprint() throws IOException {
        assertSame(dir -> base(dir, "-f", "-", "--ControlPort", "auto", "--CookieAuthentication", "1", "--list-fingerprint"),
                dir -> Optional.of(""), false);
    }

    @Test
    @DisplayName("--version's first line is tor's")
    void version() {
        try (ConsoleProcess tor = ConsoleProcess.start(List.of(LiveTorConsole.tor().toString(), "--version"), Map.of(), Optional.empty());
                ConsoleProcess mock = ConsoleProcess.start(DropIn.command("--version"), DropIn.environment(), Optional.empty())) {
            assertEquals(0, tor.awaitExit(RUN));
            assertEquals(0, mock.awaitExit(RUN));
            assertEquals(tor.stdout().get(0), mock.stdout().get(0));
            assertEquals("Tor version 0.4.9.11.", mock.stdout().get(0));
        }
    }
}
