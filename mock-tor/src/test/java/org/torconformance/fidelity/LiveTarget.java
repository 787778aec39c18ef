package org.torconformance.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;

/** A real tor 0.4.9.11 with DisableNetwork 1, the file's {@code @torrc} lines and its {@code @auth}. */
final class LiveTarget implements Target {
    private final LiveTor tor;
    private final ScenarioAuth auth;
    private final List<String> extras;
    private final TargetFacts facts;

    private LiveTarget(LiveTor tor, ScenarioAuth auth, List<String> extras) {
        this.tor = tor;
        this.auth = auth;
        this.extras = extras;
        this.facts = TargetFacts.of(Side.LIVE, tor.dataDirectory(), Set.of(tor.controlPort()), tor.pid());
    }

    static LiveTarget start(ScenarioFile file) {
        List<String> extras = extraTorrcLines(file.torrc());
        LiveTor tor = LiveTor.builder().auth(controlAuth(file.auth())).torrcLines(extras).start();
        return new LiveTarget(tor, file.auth(), extras);
    }

    /**
     * The file's torrc lines for LiveTor, which sets DisableNetwork 1 itself and refuses it as an
     * extra line; any other DisableNetwork value is refused here, since the live tor must never
     * reach the public network.
     */
    static List<String> extraTorrcLines(List<String> torrc) {
        return torrc.stream().filter(line -> {
            var o = MockOptions.option(line);
            if (o.isPresent() && o.get().name().equalsIgnoreCase("DisableNetwork")) {
                if (!o.get().value().equals("1")) {
                    throw new IllegalArgumentException("@torrc " + line + ": the fidelity suite only runs tor with DisableNetwork 1");
                }
                return false;
            }
            return true;
        }).toList();
    }

    private static ControlAuth controlAuth(ScenarioAuth auth) {
        if (auth instanceof ScenarioAuth.Cookie) {
            return ControlAuth.cookie();
        }
        if (auth instanceof ScenarioAuth.Password p) {
            return ControlAuth.hashedPassword(p.hash());
        }
        return ControlAuth.none();
    }

    /** The torrc LiveTor wrote and tor runs with. */
    List<String> torrc() {
        try {
            return Files.readAllLines(tor.dataDirectory().resolve("torrc"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the live tor's torrc", e);
        }
    }

    List<String> extras() {
        return extras;
    }

    String dataDirectory() {
        return facts.dataDirectory();
    }

    @Override
    public Side side() {
        return Side.LIVE;
    }

    @Override
    public int controlPort() {
        return tor.controlPort();
    }

    @Override
    public TargetFacts facts() {
        return facts;
    }

    @Override
    public ByteString authenticateCommand() {
        return AuthenticateCommand.forAuth(auth, tor.cookieFile().orElse(null));
    }

    @Override
    public Optional<Path> cookieFile() {
        return tor.cookieFile();
    }

    @Override
    public boolean isAlive() {
        return ProcessHandle.of(tor.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Tor's own last word, e.g. "Tor 0.4.9.11 died: Caught signal 11", to explain a crash. */
    @Override
    public String lastWords() {
        List<String> tail = tor.logTail(40);
        return tail.stream().filter(l -> l.contains("died:") || l.contains("[err]")).findFirst()
                .orElse(tail.isEmpty() ? "no log" : tail.get(tail.size() - 1)).strip();
    }

    /** True if tor is gone, or goes within {@code wait} (a crash takes a moment to finish). */
    @Override
    public boolean exitsWithin(Duration wait) {
        ProcessHandle.of(tor.pid()).ifPresent(h -> {
            try {
                h.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return !isAlive();
    }

    @Override
    public void close() {
        tor.close();
    }
}
