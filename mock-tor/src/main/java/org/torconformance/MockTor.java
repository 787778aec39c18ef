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
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.time.Duration;
import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.FaultPolicy;
import org.torconformance.control.ReplyQueue;
import org.torconformance.journal.Journal;
import org.torconformance.journal.JournalObserver;
import org.torconformance.transcript.Transcript;
import org.torconformance.transcript.TranscriptQueue;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Reply;
import org.torconformance.control.MiscModule;
import org.torconformance.control.MockSettings;
import org.torconformance.control.TorModel;
import org.torconformance.control.addrmap.AddressMapModule;
import org.torconformance.control.auth.AuthModule;
import org.torconformance.control.events.EventsModule;
import org.torconformance.control.events.ListenerAddresses;
import org.torconformance.control.info.InfoModule;
import org.torconformance.control.onion.OnionModule;
import org.torconformance.control.auth.Cookie;
import org.torconformance.bridge.SocksBridge;
import org.torconformance.control.circuits.CircuitsModule;
import org.torconformance.control.circuits.Timings;
import org.torconformance.control.config.ConfigModule;
import org.torconformance.control.config.TorConfig;
import org.torconformance.crypto.HashedPassword;
import org.torconformance.net.Listener;
import org.torconformance.net.Reactor;
import org.torconformance.socks.EofPolicy;
import org.torconformance.socks.MockSocks;
import org.torconformance.socks.SocksSetup;
import org.torconformance.socks.journal.SocksJournal;
import org.torconformance.socks.route.Route;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.SocksPortOptions;
import org.torconformance.wire.event.TorEvent;

/**
 * A mock tor: a control port and, with {@code socksPort(0)}, SOCKS ports on 127.0.0.1 that answer as
 * tor 0.4.9.11 does. Start one with {@code MockTor.builder()...start()}; close it when done.
 */
public final class MockTor implements AutoCloseable {
    private final Reactor reactor;
    private final TorModel model;
    private final Listener control;
    private final Optional<Listener> controlSocket;
    private final Path dataDirectory;
    private final boolean ownsDataDirectory;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Journal journal;
    private final TranscriptQueue transcripts;
    private final ReplyQueue replies;
    private final MockSocks socks;

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
        modules.add(new AddressMapModule());
        modules.add(new CircuitsModule(this::closeAsync, b.networkTimings));
        modules.add(new SocksBridge());
        modules.add(new OnionModule());
        modules.add(new InfoModule());
        modules.add(new EventsModule(this::closeAsync));
        b.extraModules.forEach(f -> modules.add(f.apply(this)));
        model = new TorModel(reactor, settings, config, modules);
        journal = new Journal(b.journalCapacity);
        reactor.run(() -> model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void opened(ControlSession s) {
                if (journal.capacity() > 0) {
                    s.setObserver(new JournalObserver(journal, s.connection().id(), portOf(s), String.valueOf(s.connection().remoteAddress())));
                }
            }
        }));
        transcripts = reactor.call(() -> TranscriptQueue.install(model));
        replies = reactor.call(() -> ReplyQueue.install(model));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), b.controlPort);
        control = reactor.listenTcp(address, model::newSession);
        controlSocket = Optional.ofNullable(b.controlSocket).map(p -> reactor.listenUnix(p, model::newSession));
        List<String> controlListeners = new ArrayList<>(List.of(control.describe()));
        controlSocket.ifPresent(l -> controlListeners.add(l.describe()));
        reactor.run(() -> {
            if (!config.isSet("ControlPort")) {
                config.set("ControlPort", "127.0.0.1:" + control.port());
            }
            ListenerAddresses.of(model).register(ListenerAddresses.Type.CONTROL, () -> controlListeners);
        });
        socks = MockSocks.start(model, b.socks, b.journalCapacity);
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

    /** Publishes raw event bytes under {@code type} (malformed or future events). */
    public void publishRaw(String type, ByteString bytes) {
        reactor.execute(() -> model.events().publishRaw(type, bytes));
    }

    /** After the next command with {@code keyword} has been answered, publish {@code event}. */
    public void publishAfter(String keyword, TorEvent event) {
        replies.publishAfter(keyword, event);
    }

    /** The next command other than the authentication handshake is answered with {@code reply}. */
    public void enqueue(Reply reply) {
        replies.enqueue(Optional.empty(), reply.encode());
    }

    /** The next command with {@code keyword} is answered with {@code reply}. */
    public void enqueue(String keyword, Reply reply) {
        replies.enqueue(Optional.of(keyword), reply.encode());
    }

    /** The next command with {@code keyword} is answered with these exact bytes (malformed replies). */
    public void enqueueRaw(String keyword, ByteString bytes) {
        replies.enqueue(Optional.of(keyword), bytes);
    }

    /** The next connection plays {@code transcript}. */
    public void enqueue(Transcript transcript) {
        transcripts.enqueue(transcript);
    }

    /**
     * Every connection open now plays {@code transcript} from its next command on: for a controller
     * that sends commands of its own while it connects (txtorcon asks GETINFO version, among others).
     */
    public void playOnOpenConnections(Transcript transcript) {
        reactor.run(() -> model.sessions().forEach(s -> transcripts.playFromNow(s, transcript)));
    }

    public TranscriptQueue transcripts() {
        return transcripts;
    }

    /** Everything every connection sent and received. */
    public Journal journal() {
        return journal;
    }

    /** The next command received (from any connection) not yet taken, waiting up to {@code timeout}. */
    public Optional<Command> takeCommand(Duration timeout) {
        return journal.takeCommand(timeout);
    }

    public void setFaultPolicy(FaultPolicy policy) {
        model.setFaultPolicy(policy);
    }

    private String portOf(ControlSession s) {
        java.net.SocketAddress local = s.connection().localAddress();
        return local instanceof InetSocketAddress inet ? Integer.toString(inet.getPort()) : String.valueOf(local);
    }

    /** The first SOCKS port; fails when the mock was built without {@code socksPort}. */
    public int socksPort() {
        return socksPorts().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no SOCKS port: use MockTor.builder().socksPort(0)"));
    }

    public List<Integer> socksPorts() {
        return socks.servers().stream().map(org.torconformance.socks.SocksServer::port).toList();
    }

    /** Every SOCKS request (with outcome and DNS-leak verdict) and every failed SOCKS handshake. */
    public SocksJournal socksJournal() {
        return socks.journal();
    }

    /** The SOCKS routes; rules added here apply to new streams at once. */
    public RouteTable socksRoutes() {
        return socks.routes();
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
        private int journalCapacity = Journal.DEFAULT_CAPACITY;
        private final SocksSetup socks = new SocksSetup();
        private Timings networkTimings = Timings.DEFAULT;

        /** How many journal entries to keep (oldest dropped first); 0 turns the journal off. */
        public Builder journalCapacity(int entries) {
            this.journalCapacity = entries;
            return this;
        }

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

        /** Opens a SocksPort on 127.0.0.1 ({@code 0} picks a free port); repeat for more ports. */
        public Builder socksPort(int port) {
            socks.port(port);
            return this;
        }

        /** Opens a SocksPort with its own flags (ExtendedErrors and the like). */
        public Builder socksPort(int port, SocksPortOptions options) {
            socks.port(port, options);
            return this;
        }

        /** Flags for the ports opened with {@link #socksPort(int)}; default {@link SocksSetup#MOCK_DEFAULTS}. */
        public Builder socksOptions(SocksPortOptions options) {
            socks.options(options);
            return this;
        }

        /** A routing rule, {@code web.test -> connect 127.0.0.1:8080}; see {@code RouteParser}. */
        public Builder socksRoute(String rule) {
            socks.route(Route.parse(rule));
            return this;
        }

        public Builder socksRoute(Route route) {
            socks.route(route);
            return this;
        }

        /** SocksTimeout (tor's default: 2 minutes), unless the SocksTimeout option is set. */
        public Builder socksTimeout(Duration timeout) {
            socks.timeout(timeout);
            return this;
        }

        /** How an EOF on a relayed stream propagates; tor's behaviour by default. */
        public Builder socksEofPolicy(EofPolicy policy) {
            socks.eofPolicy(policy);
            return this;
        }

        /** How long the simulated network's hops, OR connections and exits take ({@link Timings#DEFAULT}: as a loopback network). */
        public Builder networkTimings(Timings timings) {
            this.networkTimings = Objects.requireNonNull(timings);
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
