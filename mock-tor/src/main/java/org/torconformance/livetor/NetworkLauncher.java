package org.torconformance.livetor;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts a {@link TorNetwork}: plan ports, generate keys, write torrcs, wait for a good moment in the
 * voting schedule, start authorities and relays, wait until a consensus lists all of them, and only
 * then start the client (started earlier, it gets 404s and backs off for many seconds).
 */
final class NetworkLauncher {
    private static final System.Logger LOG = System.getLogger(TorNetwork.class.getName());
    private static final int AUTHORITIES = 3;
    private static final int MAX_ATTEMPTS = 3;
    /** Launch-to-descriptor-upload is ~2.4 s (AssumeReachable), plus ~1 s for tor to start under gVisor. */
    private static final Duration VOTE_MARGIN = Duration.ofSeconds(4);

    private final int relayCount;
    private final Duration bootstrapTimeout;
    private final Map<NodeRole, List<String>> extraLines;
    private final VotingSchedule schedule = VotingSchedule.FASTEST;

    NetworkLauncher(int relayCount, Duration bootstrapTimeout, Map<NodeRole, List<String>> extraLines) {
        this.relayCount = relayCount;
        this.bootstrapTimeout = bootstrapTimeout;
        this.extraLines = Map.copyOf(extraLines);
    }

    TorNetwork launch() {
        Path tor = TorExecutables.tor();
        Path torGencert = TorExecutables.torGencert();
        long startNanos = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return new Attempt(tor, torGencert).run(startNanos, attempt);
            } catch (TorStartException e) {
                if (!e.portInUse() || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.INFO, "a port was taken before tor could bind it; retrying with new ports");
            }
        }
    }

    /** One try with one set of ports; on any failure it stops what it started. */
    private final class Attempt {
        private final Path tor;
        private final Path torGencert;
        private final List<TorProcess> started = new ArrayList<>();
        private Path directory;
        private LoopbackDnsStub dns;

        Attempt(Path tor, Path torGencert) {
            this.tor = tor;
            this.torGencert = torGencert;
        }

        TorNetwork run(long startNanos, int attempt) {
            try {
                return start(startNanos, attempt);
            } catch (RuntimeException | Error e) {
                try {
                    TorNetwork.shutdown(started, dns, directory);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        private TorNetwork start(long startNanos, int attempt) {
            directory = Directories.createPrivateTemp("tornet-");
            dns = LoopbackDnsStub.start();
            Path resolvConf = directory.resolve("resolv.conf");
            TorrcLines.write(resolvConf, List.of(dns.resolvConfLine()));
            List<NodeSpec> relaySpecs = planRelays();
            NodeSpec client = new NodeSpec("client", NodeRole.CLIENT, 0, 0,
                    Directories.createPrivate(directory.resolve("client")));

            long keygenStart = System.nanoTime();
            Keys keys = generateKeys(tor, torGencert, relaySpecs);
            Duration keygen = since(keygenStart);

            NodeTorrc.Network network = new NodeTorrc.Network(
                    keys.authorities().stream().map(Authority::dirAuthorityLine).toList(),
                    resolvConf, ProcessHandle.current().pid(), schedule);
            for (NodeSpec node : concat(relaySpecs, client)) {
                TorrcLines.write(node.torrc(),
                        NodeTorrc.lines(node, network, extraLines.getOrDefault(node.role(), List.of())));
            }

            Duration alignment = schedule.launchDelay(Instant.now(), VOTE_MARGIN);
            sleep(alignment);

            Deadline deadline = Deadline.after(bootstrapTimeout);
            long launchStart = System.nanoTime();
            for (NodeSpec node : relaySpecs) {
                started.add(TorProcess.launch(node.nickname(), tor, node.torrc(), node.dataDirectory()));
            }
            for (TorProcess p : started) {
                p.awaitControlPort(deadline);
            }
            int expected = relaySpecs.size();
            int exitDirPort = keys.authorities().get(0).dirPort();
            deadline.poll(() -> {
                started.forEach(TorProcess::requireAlive);
                int listed = ConsensusProbe.relaysListed(exitDirPort);
                return listed >= expected ? Optional.of(listed) : Optional.empty();
            }, () -> "no consensus listing all " + expected + " relays; " + tails());
            Duration consensus = since(launchStart);

            long clientStart = System.nanoTime();
            TorProcess clientProcess = TorProcess.launch(client.nickname(), tor, client.torrc(), client.dataDirectory());
            started.add(clientProcess);
            int controlPort = clientProcess.awaitControlPort(deadline);
            int socksPort = clientProcess.awaitSocksPort(deadline);
            try (ControlConnection control = ControlConnection.openWithCookie(controlPort, client.cookieFile())) {
                deadline.poll(() -> {
                    started.forEach(TorProcess::requireAlive);
                    return BootstrapProbe.done(control);
                }, () -> "the client did not reach 100%; " + tails());
            }
            Duration clientBootstrap = since(clientStart);

            StartupTimings timings = new StartupTimings(keygen, alignment, consensus, clientBootstrap,
                    since(startNanos), attempt);
            LOG.log(Level.INFO, "private tor network up: " + timings);
            return new TorNetwork(directory, dns, keys.authorities(), keys.relays(), started, client,
                    controlPort, socksPort, timings);
        }

        private List<NodeSpec> planRelays() {
            int[] ports = FreePorts.pick(2 * AUTHORITIES + relayCount);
            List<NodeSpec> specs = new ArrayList<>();
            for (int i = 0; i < AUTHORITIES; i++) {
                NodeRole role = i == 0 ? NodeRole.EXIT_AUTHORITY : NodeRole.AUTHORITY;
                specs.add(spec("auth" + i, role, ports[2 * i], ports[2 * i + 1]));
            }
            for (int i = 0; i < relayCount; i++) {
                specs.add(spec("relay" + i, NodeRole.RELAY, ports[2 * AUTHORITIES + i], 0));
            }
            return specs;
        }

        private NodeSpec spec(String nickname, NodeRole role, int orPort, int dirPort) {
            return new NodeSpec(nickname, role, orPort, dirPort,
                    Directories.createPrivate(directory.resolve(nickname)));
        }

        private String tails() {
            StringBuilder sb = new StringBuilder("last log lines:");
            for (TorProcess p : started) {
                sb.append("\n[").append(p.name()).append("]\n  ").append(String.join("\n  ", p.logTail(8)));
            }
            return sb.toString();
        }
    }

    private record Keys(List<Authority> authorities, List<Relay> relays) {
    }

    /** In parallel: tor-gencert and --list-fingerprint cost ~0.7 s and ~0.15 s per node. */
    private static Keys generateKeys(Path tor, Path torGencert, List<NodeSpec> specs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, specs.size()));
        try {
            List<CompletableFuture<Authority>> authorities = specs.stream().filter(n -> n.role().isAuthority())
                    .map(n -> CompletableFuture.supplyAsync(() -> NodeKeys.authority(tor, torGencert, n), pool))
                    .toList();
            List<CompletableFuture<Relay>> relays = specs.stream().filter(n -> !n.role().isAuthority())
                    .map(n -> CompletableFuture.supplyAsync(
                            () -> new Relay(n.nickname(), NodeKeys.relayFingerprint(tor, n), n.orPort()), pool))
                    .toList();
            return new Keys(joinAll(authorities), joinAll(relays));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> joinAll(List<CompletableFuture<T>> futures) {
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> future : futures) {
            try {
                results.add(future.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return results;
    }

    private static List<NodeSpec> concat(List<NodeSpec> nodes, NodeSpec last) {
        List<NodeSpec> all = new ArrayList<>(nodes);
        all.add(last);
        return all;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TorStartException("interrupted while aligning to the voting schedule");
        }
    }
}
