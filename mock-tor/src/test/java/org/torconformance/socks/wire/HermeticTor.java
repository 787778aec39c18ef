package org.torconformance.socks.wire;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A live tor 0.4.9.11 with SocksPorts for differential tests, which can never reach the Tor network.
 * DisableNetwork would close every SocksPort, so instead: TestingTorNetwork with one private DirAuthority
 * on a closed loopback port (its fingerprints are arbitrary; tor accepts any 40 hex digits there), and
 * nothing but 127.0.0.1 anywhere. Started with its own torrc and DataDirectory, owned by this JVM, and
 * stopped by pid. (The shared org.torconformance.livetor launcher can replace this once it exists.)
 */
public final class HermeticTor implements AutoCloseable {
    private final Path home;
    private final Process process;
    private final Map<String, Integer> socksPorts;
    private final Socket control;
    private final InputStream controlIn;
    private final OutputStream controlOut;

    private HermeticTor(Path home, Process process, Map<String, Integer> socksPorts) throws IOException {
        this.home = home;
        this.process = process;
        this.socksPorts = socksPorts;
        Path portFile = home.resolve("data/control-port");
        await("tor's ControlPortWriteToFile").atMost(Duration.ofSeconds(60))
                .until(() -> !process.isAlive() || Files.exists(portFile) && Files.size(portFile) > 0);
        if (!process.isAlive()) {
            throw new IllegalStateException("tor exited early: " + Files.readString(home.resolve("tor.out")));
        }
        String line = Files.readString(portFile).trim();
        int port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
        control = new Socket(InetAddress.getLoopbackAddress(), port);
        control.setSoTimeout(10_000);
        controlIn = control.getInputStream();
        controlOut = control.getOutputStream();
        byte[] cookie = Files.readAllBytes(home.resolve("data/control_auth_cookie"));
        command("AUTHENTICATE " + HexFormat.of().formatHex(cookie));
        command("SETEVENTS STATUS_CLIENT");
        await("tor's SocksPorts").atMost(Duration.ofSeconds(30)).until(this::allSocksPortsListen);
    }

    private boolean allSocksPortsListen() throws IOException {
        String listeners = String.join("\n", command("GETINFO net/listeners/socks"));
        return socksPorts.values().stream().allMatch(p -> listeners.contains("127.0.0.1:" + p + "\""));
    }

    /** Starts tor with one SocksPort per entry: name to the flags that follow the port. */
    public static HermeticTor start(Map<String, String> socksPortFlags) throws IOException {
        Path tor = findTor();
        Path home = Files.createTempDirectory("socks-wire-tor");
        Path data = Files.createDirectory(home.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, Integer> ports = new LinkedHashMap<>();
        StringBuilder torrc = new StringBuilder();
        torrc.append("DataDirectory ").append(data).append('\n')
                .append("TestingTorNetwork 1\n")
                .append("DirAuthority unreachable orport=").append(closedPort())
                .append(" no-v2 v3ident=").append("A".repeat(40)).append(" 127.0.0.1:").append(closedPort())
                .append(' ').append("B".repeat(40)).append('\n')
                // TestingTorNetwork turns these off; the mock models tor's defaults.
                .append("ClientRejectInternalAddresses 1\n")
                .append("ClientDNSRejectInternalAddresses 1\n")
                .append("ControlPort 127.0.0.1:auto\n")
                .append("ControlPortWriteToFile ").append(data.resolve("control-port")).append('\n')
                .append("CookieAuthentication 1\n")
                .append("__OwningControllerProcess ").append(ProcessHandle.current().pid()).append('\n')
                .append("Log notice file ").append(home.resolve("notice.log")).append('\n');
        for (Map.Entry<String, String> port : socksPortFlags.entrySet()) {
            int number = closedPort();
            ports.put(port.getKey(), number);
            torrc.append("SocksPort 127.0.0.1:").append(number).append(' ').append(port.getValue()).append('\n');
        }
        Path torrcFile = Files.writeString(home.resolve("torrc"), torrc.toString());
        Process process = new ProcessBuilder(tor.toString(), "-f", torrcFile.toString(),
                "--defaults-torrc", "/dev/null", "--ignore-missing-torrc")
                .redirectErrorStream(true).redirectOutput(home.resolve("tor.out").toFile()).start();
        return new HermeticTor(home, process, ports);
    }

    public int socksPort(String name) {
        return socksPorts.get(name);
    }

    /** Sends one control command and returns its reply lines; events seen meanwhile are dropped. */
    public List<String> command(String line) throws IOException {
        controlOut.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        controlOut.flush();
        List<String> reply = new ArrayList<>();
        readUntilFinalReply(reply, new ArrayList<>());
        if (!reply.get(reply.size() - 1).startsWith("250")) {
            throw new IllegalStateException(line + " -> " + reply);
        }
        return reply;
    }

    /**
     * The SOCKS-related STATUS_CLIENT event bodies tor emitted since the last call. A GETINFO round trip
     * marks the point: tor flushes queued events before it reads the next command.
     */
    public List<String> drainSocksEvents() throws IOException {
        controlOut.write("GETINFO version\r\n".getBytes(StandardCharsets.ISO_8859_1));
        controlOut.flush();
        List<String> events = new ArrayList<>();
        readUntilFinalReply(new ArrayList<>(), events);
        List<String> socks = new ArrayList<>();
        String prefix = "650 STATUS_CLIENT WARN ";
        for (String event : events) {
            if (event.startsWith(prefix)) {
                String body = event.substring(prefix.length());
                if (body.startsWith("SOCKS_") || body.startsWith("DANGEROUS_")) {
                    socks.add(body);
                }
            }
        }
        return socks;
    }

    private void readUntilFinalReply(List<String> reply, List<String> events) throws IOException {
        while (true) {
            String line = readLine();
            if (line.startsWith("650")) {
                events.add(line);
            } else {
                reply.add(line);
                if (line.length() >= 4 && line.charAt(3) == ' ') {
                    return;
                }
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = controlIn.read();
            if (b < 0) {
                throw new IOException("control connection closed");
            }
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            control.close();
        } finally {
            ProcessHandle handle = process.toHandle();
            handle.destroy();
            if (handle.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).join() == null) {
                handle.destroyForcibly();
            }
            deleteTree(home);
        }
    }

    private static Path findTor() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "tor");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("tor is not installed; this differential test needs tor 0.4.9.11: "
                + "apt-get install -y tor");
    }

    /** A loopback port nothing listens on right now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
