package org.torconformance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.admin.AdminServer;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** The mock's security defaults: loopback only, authentication before every protected command, private cookie, no secrets out. */
class SecurityDefaultsTest {
    @Test
    void theControlPortListensOnLoopbackOnly() throws IOException {
        try (MockTor mock = MockTor.start()) {
            assertEquals(List.of("127.0.0.1"), listeningAddresses(mock.controlPort()));
        }
    }

    @Test
    void theSocksPortListensOnLoopbackOnly() throws IOException {
        Set<Integer> before = ownListeningPorts();
        try (MockTor mock = MockTor.builder().socksPort(0).start()) {
            assertEquals(List.of("127.0.0.1"), listeningAddresses(mock.socksPort()));
            assertEquals(List.of("127.0.0.1"), listeningAddresses(mock.controlPort()));
            Set<Integer> opened = new java.util.HashSet<>(ownListeningPorts());
            opened.removeAll(before);
            assertEquals(Set.of(mock.controlPort(), mock.socksPort()), opened, "no listener but the control and SOCKS ports");
        }
    }

    @Test
    void theAdminApiIsOffByDefaultAndOnLoopbackWhenOn() throws Exception {
        Set<Integer> before = ownListeningPorts();
        try (MockTor mock = MockTor.start()) {
            Set<Integer> opened = new java.util.HashSet<>(ownListeningPorts());
            opened.removeAll(before);
            assertEquals(Set.of(mock.controlPort()), opened, "the embedded mock listens on its control port and nothing else");
            try (AdminServer admin = AdminServer.start(mock, 0)) {
                assertEquals(List.of("127.0.0.1"), listeningAddresses(admin.port()));
            }
        }
    }

    @Test
    void everyCommandButTheHandshakeNeedsAuthentication() {
        try (MockTor mock = MockTor.builder().auth(Auth.cookie()).start()) {
            List<String> names = mock.reactor().call(() -> mock.model().commands().names());
            Set<String> handshake = Set.of("PROTOCOLINFO", "AUTHENTICATE", "AUTHCHALLENGE", "QUIT");
            for (String name : names) {
                if (handshake.contains(name)) {
                    continue;
                }
                try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                    String line = name.startsWith("+") ? name + "\r\n.\r\n" : name + "\r\n";
                    c.send(line);
                    Reply r = c.nextReply(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError("no reply to " + name));
                    assertEquals("514 Authentication required.", r.first().status() + " " + r.first().text().latin1(), name);
                    assertTrue(c.awaitClosed(Duration.ofSeconds(5)), name + " left the connection open");
                }
            }
        }
    }

    @Test
    void theCookieFileIsPrivate() throws IOException {
        try (MockTor mock = MockTor.builder().auth(Auth.cookie()).start()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mock.cookieFile())));
        }
    }

    @Test
    void theAdminJournalCarriesNoCookie() throws Exception {
        try (MockTor mock = MockTor.builder().auth(Auth.cookie()).start(); AdminServer admin = AdminServer.start(mock, 0)) {
            String hex = HexFormat.of().withUpperCase().formatHex(mock.cookie());
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                assertEquals(250, c.command("AUTHENTICATE " + hex).status());
            }
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/__admin/journal", "/__admin/journal/commands")) {
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(body.contains("[redacted]"), body);
                assertFalse(body.toUpperCase().contains(hex), path + " leaks the cookie: " + body);
            }
        }
    }

    /**
     * The local addresses of listening TCP sockets on {@code port}, read from the kernel's tables
     * (/proc/net/tcp and tcp6; Java's sockets are dual-stack, so 127.0.0.1 shows as ::ffff:127.0.0.1).
     */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        List<String> out = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Files.readAllLines(Path.of(table)).stream().skip(1).map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f[3].equals("0A") && f[1].endsWith(":" + hexPort))
                    .map(f -> address(f[1].substring(0, f[1].indexOf(':')))).forEach(out::add);
        }
        return out;
    }

    private static String address(String hex) {
        return switch (hex) {
            case "0100007F", "0000000000000000FFFF00000100007F" -> "127.0.0.1";
            case "00000000000000000000000001000000" -> "::1";
            default -> hex;
        };
    }

    /** Ports this JVM listens on: rows of the kernel's tables whose socket inode is one of /proc/self/fd's. */
    private static Set<Integer> ownListeningPorts() throws IOException {
        Set<String> inodes = new java.util.HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new java.util.HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Files.readAllLines(Path.of(table)).stream().skip(1).map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f[3].equals("0A") && inodes.contains(f[9]))
                    .forEach(f -> ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16)));
        }
        return ports;
    }
}
