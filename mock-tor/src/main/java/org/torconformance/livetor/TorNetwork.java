package org.torconformance.livetor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A private tor network on 127.0.0.1: three directory authorities (the first also the exit), optional
 * extra relays, and one client, with 10/2/2 voting and a {@link LoopbackDnsStub} as the exit's resolver.
 * It cannot reach the public network: every node knows only these authorities, the exit binds outgoing
 * connections to 127.0.0.1, and names resolve only to 127.0.0.1. Every tor carries
 * {@code __OwningControllerProcess}, so a crashed JVM's network exits by itself.
 *
 * <pre>{@code
 * try (TorNetwork net = TorNetwork.builder().start()) {   // ~15-25 s
 *     SOCKS5 to 127.0.0.1:net.clientSocksPort(), e.g. CONNECT web.test:<port of a local server>
 *     control: 127.0.0.1:net.clientControlPort(), cookie net.clientCookieFile()
 * }
 * }</pre>
 */
public final class TorNetwork implements AutoCloseable {
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Path directory;
    private final LoopbackDnsStub dns;
    private final List<Authority> authorities;
    private final List<Relay> relays;
    private final Map<String, TorProcess> processes;
    private final NodeSpec client;
    private final int clientControlPort;
    private final int clientSocksPort;
    private final StartupTimings timings;
    private boolean closed;

    TorNetwork(Path directory, LoopbackDnsStub dns, List<Authority> authorities, List<Relay> relays,
            List<TorProcess> processes, NodeSpec client, int clientControlPort, int clientSocksPort,
            StartupTimings timings) {
        this.directory = directory;
        this.dns = dns;
        this.authorities = List.copyOf(authorities);
        this.relays = List.copyOf(relays);
        this.processes = new LinkedHashMap<>();
        processes.forEach(p -> this.processes.put(p.name(), p));
        this.client = client;
        this.clientControlPort = clientControlPort;
        this.clientSocksPort = clientSocksPort;
        this.timings = timings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Authority> authorities() {
        return authorities;
    }

    /**
     * The exit, which is an authority. Pick it by this, not by consensus flags: TestingDirAuthVoteExit
     * gives every relay the Exit flag whatever its policy.
     */
    public Authority exit() {
        return authorities.get(0);
    }

    public List<Relay> relays() {
        return relays;
    }

    public int clientControlPort() {
        return clientControlPort;
    }

    /** The client's control_auth_cookie (32 bytes; COOKIE and SAFECOOKIE are enabled). */
    public Path clientCookieFile() {
        return client.cookieFile();
    }

    public int clientSocksPort() {
        return clientSocksPort;
    }

    public int dnsStubPort() {
        return dns.port();
    }

    /** Names the exit asked the DNS stub for, in their case-randomised form. */
    public List<String> dnsQueries() {
        return dns.queriedNames();
    }

    /** Nickname to pid for every tor of the network, authorities first, the client last. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((name, p) -> pids.put(name, p.pid()));
        return pids;
    }

    /** The last lines of a node's stdout log ({@code Log notice stdout}); still available after close(). */
    public List<String> logTail(String nickname, int lines) {
        TorProcess p = processes.get(nickname);
        if (p == null) {
            throw new NoSuchElementException("no node " + nickname + "; nodes: " + processes.keySet());
        }
        return p.logTail(lines);
    }

    public StartupTimings timings() {
        return timings;
    }

    /** The network's temp directory: one DataDirectory per node, resolv.conf. Deleted by close(). */
    public Path directory() {
        return directory;
    }

    /** Stops every tor by pid, the DNS stub too, checks that no process survived, deletes the directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown(new ArrayList<>(processes.values()), dns, directory);
    }

    /** Also used when start() fails half-way, with whatever had been started by then. */
    static void shutdown(List<TorProcess> processes, LoopbackDnsStub dns, Path directory) {
        TorProcess.stopAll(processes, STOP_GRACE);
        if (dns != null) {
            dns.close();
        }
        List<Long> survivors = new ArrayList<>();
        for (TorProcess p : processes) {
            if (p.handle().isAlive()) {
                survivors.add(p.pid());
            }
            p.handle().descendants().filter(ProcessHandle::isAlive).forEach(d -> survivors.add(d.pid()));
        }
        Directories.deleteRecursively(directory);
        if (!survivors.isEmpty()) {
            throw new IllegalStateException("processes survived stopping the tor network: " + survivors);
        }
    }

    public static final class Builder {
        private int relays;
        private Duration bootstrapTimeout = Duration.ofSeconds(120);
        private final Map<NodeRole, List<String>> torrcLines = new EnumMap<>(NodeRole.class);

        private Builder() {
        }

        /**
         * Extra non-exit relays besides the three authorities; 0 by default. They run with DirCache 0,
         * so the client fetches directory info only from the authorities (see {@link Relay}).
         */
        public Builder relays(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("relay count must be >= 0: " + count);
            }
            this.relays = count;
            return this;
        }

        /**
         * Bound from launching the first tor to the client's 100% (key generation and the wait for a good
         * moment in the voting schedule come before and take up to ~8 s more); 120 s by default.
         */
        public Builder bootstrapTimeout(Duration timeout) {
            this.bootstrapTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Appends torrc lines to every node of {@code role} (after the generated ones), e.g.
         * {@code ConfluxEnabled 0} for a quieter client. Lines naming non-loopback directories are refused.
         */
        public Builder torrcLines(NodeRole role, List<String> lines) {
            List<String> copy = List.copyOf(lines);
            PrivateDirectoryLines.lineLeavingLoopback(copy).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
            torrcLines.computeIfAbsent(role, r -> new ArrayList<>()).addAll(copy);
            return this;
        }

        /**
         * @throws TorNotInstalledException when tor or tor-gencert is missing
         * @throws TorStartException when a node exits or the client is not at 100% in time; nothing
         *     started is left running
         */
        public TorNetwork start() {
            return new NetworkLauncher(relays, bootstrapTimeout, torrcLines).launch();
        }
    }
}
