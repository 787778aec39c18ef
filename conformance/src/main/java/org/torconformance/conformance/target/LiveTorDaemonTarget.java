package org.torconformance.conformance.target;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.journal.Journal;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;

/**
 * A live tor 0.4.9 started by the suite with {@code DisableNetwork 1} and its own data directory,
 * killed by pid at the end. A spec with a SocksPort gets a tor whose only directory authority is a
 * closed loopback port instead ({@code LiveTor.Builder#socksWithUnreachableAuthority}): its SocksPort
 * answers handshakes, refusals and resolves of mapped names, and no traffic leaves loopback. One tor per distinct spec is reused across cases (a start costs about a
 * second); a fresh spec gets its own.
 */
public final class LiveTorDaemonTarget implements DaemonTarget {
    private final Map<DaemonSpec, LiveTor> running = new HashMap<>();
    private LiveTor fresh;

    @Override
    public String name() {
        return "tor";
    }

    @Override
    public String description() {
        return "tor " + LiveTor.version() + " (live: DisableNetwork 1; with a SocksPort, an unreachable directory authority)";
    }

    /** Bare SETCIRCUITPURPOSE crashes tor 0.4.9.11; some inputs get no reply at all (facts §8.23-24). */
    @Override
    public java.util.List<String> skippedTags() {
        return java.util.List.of("@mock-only");
    }

    @Override
    public Daemon daemon(DaemonSpec spec, Timeouts timeouts) {
        LiveTor tor;
        if (spec.fresh()) {
            caseFinished();
            tor = start(spec, timeouts);
            fresh = tor;
        } else {
            tor = running.computeIfAbsent(spec, s -> start(s, timeouts));
        }
        return new Daemon() {
            @Override
            public ControlEndpoint endpoint() {
                return ControlEndpoint.tcp(tor.controlPort());
            }

            @Override
            public Credentials credentials() {
                return LiveTorDaemonTarget.credentials(spec, tor.cookieFile());
            }

            @Override
            public Optional<Journal> journal() {
                return Optional.empty();
            }

            @Override
            public OptionalInt socksPort() {
                return tor.socksPort();
            }
        };
    }

    private static LiveTor start(DaemonSpec spec, Timeouts timeouts) {
        LiveTor.Builder b = LiveTor.builder().startTimeout(timeouts.daemonStart()).torrcLines(spec.torrc());
        if (spec.socksPort()) {
            b.socksWithUnreachableAuthority();
        }
        if (spec.auth().equals("cookie")) {
            b.auth(ControlAuth.cookie());
        } else if (spec.auth().startsWith("password:")) {
            b.auth(ControlAuth.password(spec.auth().substring("password:".length())));
        } else {
            b.auth(ControlAuth.none());
        }
        return b.start();
    }

    static Credentials credentials(DaemonSpec spec, Optional<Path> cookie) {
        Optional<String> password = spec.auth().startsWith("password:")
                ? Optional.of(spec.auth().substring("password:".length())) : Optional.empty();
        return new Credentials(password, spec.auth().equals("cookie") ? cookie : Optional.empty());
    }

    @Override
    public void caseFinished() {
        if (fresh != null) {
            fresh.close();
            fresh = null;
        }
    }

    @Override
    public void close() {
        caseFinished();
        running.values().forEach(LiveTor::close);
        running.clear();
    }
}
