package org.torconformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.torconformance.control.ControlModule;
import org.torconformance.control.MiscModule;
import org.torconformance.control.MockSettings;
import org.torconformance.control.TorModel;
import org.torconformance.control.auth.AuthModule;
import org.torconformance.control.auth.Cookie;
import org.torconformance.control.config.ConfigModule;
import org.torconformance.control.config.TorConfig;
import org.torconformance.crypto.HashedPassword;
import org.torconformance.net.Listener;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.TorEvent;

/**
 * A mock tor: a control port (and later a SOCKS port) on 127.0.0.1 that answers as tor 0.4.9.11
 * does. Start one with {@code MockTor.builder()...start()}; close it when done.
 */
public final class MockTor implements AutoCloseable {
    private final Reactor reactor;
    private final TorModel model;
    private final Listener control;
    private final Optional<Listener> controlSocket;
    private final Path dataDirectory;
    private final boolean ownsDataDirectory;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    private MockTor(Builder b) {
        boolean ownsDir = b.dataDirectory == null;
        try {
            dataDirectory = ownsDir ? Files.createTempDirectory("mock-tor-") : Files.createDirectories(b.dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory", e);
        }
        ownsDataDirectory = ownsDir;
        reactor = new Reactor("mock-tor");
        RandomGenerator random = b.seed == null ? new SecureRandom() : new SplittableRandom(b.seed);
        TorConfig config = new TorConfig();
        config.set("DataDirectory", dataDirectory.toAbsolutePath().toString());
        applyAuth(b.auth, config, random);
        b.options.forEach(o -> config.add(o[0], o[1]));
        MockSettings settings = new MockSettings(dataDirectory.toAbsolutePath(), b.torQuirks, random, Clock.systemUTC(),
                ProcessHandle.current().pid());
        List<ControlModule> modules = new ArrayList<>();
        modules.add(new ConfigModule(Optional.ofNullable(b.torrcFile)));
        modules.add(new AuthModule());
        modules.add(new MiscModule(this::closeAsync));
        b.extraModules.forEach(f -> modules.add(f.apply(this)));
        model = new TorModel(reactor, settings, config, modules);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), b.controlPort);
        control = reactor.listenTcp(address, model::newSession);
        controlSocket = Optional.ofNullable(b.controlSocket).map(p -> reactor.listenUnix(p, model::newSession));
        reactor.run(() -> {
            if (!config.isSet("ControlPort")) {
                config.set("ControlPort", "127.0.0.1:" + control.port());
            }
        });
    }

    private static void applyAuth(Auth auth, TorConfig config, RandomGenerator random) {
        if (auth instanceof Auth.Cookie) {
            config.set("CookieAuthentication", "1");
        } else if (auth instanceof Auth.Hashed h) {
            config.add("HashedControlPassword", h.hash());
        } else if (auth instanceof Auth.Password p) {
            config.add("HashedControlPassword", HashedPassword.create(p.secret().getBytes(StandardCharsets.UTF_8), random).format());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mock with no authentication on a free port. */
    public static MockTor start() {
        return builder().start();
    }

    public int controlPort() {
        return control.port();
    }

    public Optional<Path> controlSocket() {
        return controlSocket.map(l -> ((java.net.UnixDomainSocketAddress) l.address()).getPath());
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The cookie file, when cookie authentication is on. */
    public Path cookieFile() {
        return reactor.call(() -> Cookie.of(model).file());
    }

    public byte[] cookie() {
        return reactor.call(() -> Cookie.of(model).bytes());
    }

    public TorModel model() {
        return model;
    }

    public Reactor reactor() {
        return reactor;
    }

    /** Publishes {@code event} to subscribed controllers, as if tor had emitted it. */
    public void publish(TorEvent event) {
        reactor.execute(() -> model.events().publish(event));
    }

    /** Completes when the mock has stopped (closed, or its owning controller went away). */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    private void closeAsync() {
        Thread t = new Thread(this::close, "mock-tor-stop");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() {
        if (stopped.isDone()) {
            return;
        }
        reactor.close();
        if (ownsDataDirectory) {
            deleteRecursively(dataDirectory);
        }
        stopped.complete(null);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    public static final class Builder {
        private int controlPort;
        private Path controlSocket;
        private Path dataDirectory;
        private Path torrcFile;
        private Auth auth = Auth.none();
        private Long seed;
        private boolean torQuirks;
        private final List<String[]> options = new ArrayList<>();
        private final List<Function<MockTor, ControlModule>> extraModules = new ArrayList<>();

        /** 0 (the default) picks a free port. */
        public Builder controlPort(int port) {
            this.controlPort = port;
            return this;
        }

        public Builder controlSocket(Path path) {
            this.controlSocket = path;
            return this;
        }

        /** Where the cookie and state go; a temporary directory (removed on close) by default. */
        public Builder dataDirectory(Path dir) {
            this.dataDirectory = dir;
            return this;
        }

        /** Tor's {@code -f}: options are read from it first, and SAVECONF writes it. */
        public Builder torrcFile(Path torrc) {
            this.torrcFile = torrc;
            return this;
        }

        public Builder auth(Auth auth) {
            this.auth = auth;
            return this;
        }

        /** Makes nonces, cookies and keys reproducible. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Reproduce tor 0.4.9.11's real bytes where it misbehaves, instead of well-formed replies. */
        public Builder torQuirks(boolean on) {
            this.torQuirks = on;
            return this;
        }

        /** A torrc option, as if it were a line of the mock's torrc; repeat for LineList options. */
        public Builder option(String name, String value) {
            options.add(new String[] {name, value});
            return this;
        }

        public Builder module(Function<MockTor, ControlModule> module) {
            extraModules.add(module);
            return this;
        }

        public MockTor start() {
            return new MockTor(this);
        }
    }
}
