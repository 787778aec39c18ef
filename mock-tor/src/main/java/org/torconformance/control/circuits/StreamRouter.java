package org.torconformance.control.circuits;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.torconformance.control.addrmap.AddrMapEvents;
import org.torconformance.control.addrmap.AddressMap;
import org.torconformance.control.addrmap.DestinationCheck;
import org.torconformance.control.addrmap.IpAddress;
import org.torconformance.control.addrmap.Rewrite;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.control.config.TorConfig;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.TorEvent;

/**
 * The life of application streams, after tor's connection_edge.c: NEW, the address rewrite
 * (REMAP SOURCE=CACHE), the checks that refuse a destination, waiting for the controller or a
 * circuit, SENTCONNECT/SENTRESOLVE, the exit's answer (REMAP SOURCE=EXIT, SUCCEEDED, ADDRMAP for
 * resolves), retries after some END reasons, and closing with tor's reasons and SOCKS answers.
 */
final class StreamRouter implements CircuitListener {
    /** What {@code connection_ap_handshake_rewrite_and_attach} made of a stream. */
    enum Outcome { ATTACHED_OR_WAITING, ANSWERED, REFUSED }

    private static final int MAX_RESOLVE_FAILURES = 3;
    private static final Set<Integer> RETRIED_REASONS = Set.of(1, 2, 7, 8);
    /** Tor 0.4.9.11 refuses resolves of IPv6 literals (and reverse ones of public IPv6) with a reason it has no name for. */
    private static final int IPV6_RESOLVE_REASON = 264;

    private final StreamTable streams;
    private final CircuitTable circuits;
    private final CircuitBuilder builder;
    private final PathChooser paths;
    private final AddressMap addressMap;
    private final Reactor reactor;
    private final Timings timings;
    private final Clock clock;
    private final TorConfig config;
    private final Consumer<TorEvent> events;
    private final BooleanSupplier networkEnabled;
    private final Bandwidth bandwidth;
    private final Map<String, Integer> resolveFailures = new HashMap<>();
    private final SwapList<Stream> closeable = new SwapList<>();
    private boolean closingScheduled;
    private Exit exit = Exit.DEFAULT;
    private int nymEpoch;

    StreamRouter(StreamTable streams, CircuitTable circuits, CircuitBuilder builder, PathChooser paths,
                 AddressMap addressMap, Reactor reactor, Timings timings, Clock clock, TorConfig config,
                 Consumer<TorEvent> events, BooleanSupplier networkEnabled, Bandwidth bandwidth) {
        this.streams = streams;
        this.circuits = circuits;
        this.builder = builder;
        this.paths = paths;
        this.addressMap = addressMap;
        this.reactor = reactor;
        this.timings = timings;
        this.clock = clock;
        this.config = config;
        this.events = events;
        this.networkEnabled = networkEnabled;
        this.bandwidth = bandwidth;
    }

    void setExit(Exit exit) {
        this.exit = exit;
    }

    int nymEpoch() {
        return nymEpoch;
    }

    void newNym() {
        nymEpoch++;
    }

    /** The events module counts NEWNYMs; streams follow its count. */
    void enterNymEpoch(int epoch) {
        nymEpoch = epoch;
    }

    Stream open(StreamRequest request, Consumer<StreamUpdate> updates) {
        return open(streams.newId(), request, updates);
    }

    Stream open(long id, StreamRequest request, Consumer<StreamUpdate> updates) {
        Stream s = announce(id, request, updates);
        if (!leftForController(s)) {
            rewriteAndAttach(s, Optional.empty());
        }
        return s;
    }

    /**
     * A request the SOCKS port already checked as {@code connection_ap_handshake_rewrite} does, with the
     * port's own options: NEW, the address-map REMAP, then a circuit (or the controller).
     */
    Stream openChecked(long id, StreamRequest request, Consumer<StreamUpdate> updates) {
        Stream s = announce(id, request, updates);
        if (!leftForController(s)) {
            rewrite(s);
            waitForCircuit(s, Optional.empty());
        }
        return s;
    }

    /**
     * A request the SOCKS port settled during tor's rewrite step: refused with {@code refusal}, or a
     * RESOLVE of an address answered at once. NEW, the REMAP, then FAILED/CLOSED or CLOSED DONE.
     */
    void settledBySocks(long id, StreamRequest request, Optional<StreamEndReason> refusal) {
        Stream s = announce(id, request, update -> { });
        rewrite(s);
        if (refusal.isPresent()) {
            markUnattached(s, refusal.get());
        } else {
            answerLocally(s);
        }
    }

    private Stream announce(long id, StreamRequest request, Consumer<StreamUpdate> updates) {
        Stream s = new Stream(id, request, nymEpoch, updates);
        streams.add(s);
        events.accept(StreamEvents.created(s));
        return s;
    }

    private boolean leftForController(Stream s) {
        if (!config.bool("__LeaveStreamsUnattached")) {
            return false;
        }
        s.setState(new StreamState.ControllerWait());
        events.accept(StreamEvents.status(s, "CONTROLLER_WAIT"));
        return true;
    }

    /**
     * A connection that ended before tor made it a stream (a SOCKS handshake that failed or was left, a
     * request the parser refused): no NEW; {@code FAILED} first when tor had not answered the client yet,
     * then {@code CLOSED}.
     */
    void endedBeforeStream(long id, StreamRequest request, StreamEndReason reason, boolean failed) {
        Stream s = new Stream(id, request, nymEpoch, update -> { });
        streams.add(s);
        if (failed) {
            events.accept(StreamEvents.ended(s, "FAILED", reason));
        }
        close(s, reason);
    }

    /**
     * {@code connection_ap_handshake_rewrite_and_attach}: lower-case, map, refuse what tor refuses,
     * answer resolves of IP addresses locally, then attach to {@code chosen} or wait for a circuit.
     */
    Outcome rewriteAndAttach(Stream s, Optional<Circuit> chosen) {
        rewrite(s);
        StreamRequest.Kind kind = s.request().kind();
        String a = s.address().toLowerCase(Locale.ROOT);
        Optional<IpAddress> ip = IpAddress.parse(a);
        if (a.endsWith(".exit")) {
            return refuse(s, StreamEndReason.TORPROTOCOL);
        }
        if (a.endsWith(".onion") && (s.request().isResolve() || !validOnion(a))) {
            return refuse(s, StreamEndReason.TORPROTOCOL);
        }
        if (kind == StreamRequest.Kind.RESOLVE_PTR) {
            if (DestinationCheck.isInvalid(s.address(), config.bool("AllowNonRFC953Hostnames"))) {
                return refuse(s, StreamEndReason.TORPROTOCOL);
            }
            if (ip.isPresent() && ip.get().isInternal()) {
                return refuse(s, StreamEndReason.SOCKS_PROTOCOL);
            }
            if (ip.isPresent() && ip.get().isIpv6()) {
                return refuse(s, StreamEndReason.local(IPV6_RESOLVE_REASON));
            }
        } else {
            if (addressMap.isVirtual(a)) {
                return refuse(s, StreamEndReason.INTERNAL);
            }
            if (kind == StreamRequest.Kind.RESOLVE && ip.isPresent()) {
                if (ip.get().isIpv6()) {
                    return refuse(s, StreamEndReason.local(IPV6_RESOLVE_REASON));
                }
                answerLocally(s);
                return Outcome.ANSWERED;
            }
            if (DestinationCheck.isInvalid(s.address(), config.bool("AllowNonRFC953Hostnames"))) {
                return refuse(s, StreamEndReason.TORPROTOCOL);
            }
            if (kind == StreamRequest.Kind.CONNECT && s.port() == 0) {
                return refuse(s, StreamEndReason.TORPROTOCOL);
            }
            if (kind == StreamRequest.Kind.CONNECT && chosen.isEmpty() && rejectInternal()
                    && (isLocalHostname(a) || ip.map(IpAddress::isInternal).orElse(false))) {
                return refuse(s, StreamEndReason.PRIVATE_ADDR);
            }
        }
        waitForCircuit(s, chosen);
        return Outcome.ATTACHED_OR_WAITING;
    }

    /**
     * Lower-cases the target and follows the address map (REMAP SOURCE=CACHE); RESOLVE_PTR is never
     * mapped, and tor refuses a {@code .exit} name before any mapping could apply.
     */
    private void rewrite(Stream s) {
        s.lowerCaseAddress();
        if (s.request().kind() == StreamRequest.Kind.RESOLVE_PTR || s.address().endsWith(".exit")) {
            return;
        }
        Rewrite r = addressMap.rewrite(s.address(), AddressMap.STREAM_SOURCES);
        if (r.changed()) {
            s.setTarget(r.address(), s.port());
            events.accept(StreamEvents.remap(s, "CACHE"));
        }
    }

    private void waitForCircuit(Stream s, Optional<Circuit> chosen) {
        if (chosen.isPresent()) {
            attachTo(s, chosen.get());
        } else {
            s.setState(new StreamState.CircuitWait());
            attachPending();
        }
    }

    /** ClientRejectInternalAddresses, on unless set to 0 (TestingTorNetwork turns it off). */
    private boolean rejectInternal() {
        return config.value("ClientRejectInternalAddresses").map(v -> !v.equals("0")).orElse(true);
    }

    /** {@code tor_addr_hostname_is_local}. */
    private static boolean isLocalHostname(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local");
    }

    private static boolean validOnion(String host) {
        String[] labels = host.split("\\.");
        String id = labels.length >= 2 ? labels[labels.length - 2] : "";
        try {
            OnionAddress.parseServiceId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Outcome refuse(Stream s, StreamEndReason reason) {
        markUnattached(s, reason);
        return Outcome.REFUSED;
    }

    /** A resolve of an IP address is answered at once, under the name the application asked for. */
    private void answerLocally(Stream s) {
        String answer = s.address();
        s.setTarget(s.originalAddress(), s.port());
        if (s.request().answersController()) {
            events.accept(AddrMapEvents.mapped(s.originalAddress(), answer, Optional.of(clock.instant()), Optional.empty(),
                    false, OptionalLong.of(s.id())));
        }
        s.tell(new StreamUpdate.Resolved(answer, Duration.ZERO));
        close(s, StreamEndReason.DONE);
    }

    /** Tor picks circuits for waiting streams, launching one when none will do and none is on its way. */
    void attachPending() {
        if (!networkEnabled.getAsBoolean()) {
            return;
        }
        boolean needCircuit = false;
        List<Circuit> open = null;
        for (Stream s : streams.all()) {
            if (!(s.state() instanceof StreamState.CircuitWait)) {
                continue;
            }
            if (open == null) {
                // once per call, not per stream: circuits marked unusable stay listed until they expire
                open = circuits.all().stream().filter(c -> c.isOpen() && generalExit(c)).toList();
            }
            Optional<Circuit> best = open.stream().filter(c -> usable(c, s)).findFirst();
            if (best.isPresent()) {
                attachTo(s, best.get());
            } else {
                needCircuit = true;
            }
        }
        if (!needCircuit) {
            return;
        }
        boolean onItsWay = circuits.all().stream().anyMatch(c -> !c.isOpen() && c.isolation().isEmpty() && generalExit(c)
                && c.flags().contains(BuildFlag.NEED_CAPACITY));
        if (!onItsWay) {
            paths.choose().ifPresent(p -> builder.launch(CircuitPurpose.GENERAL, EnumSet.of(BuildFlag.NEED_CAPACITY), p));
        }
    }

    private static boolean generalExit(Circuit c) {
        return c.purpose() == CircuitPurpose.GENERAL && !c.flags().contains(BuildFlag.IS_INTERNAL)
                && !c.flags().contains(BuildFlag.ONEHOP_TUNNEL) && !c.unusableForNewStreams()
                && c.lastHop().exit();
    }

    private static boolean usable(Circuit c, Stream s) {
        return generalExit(c) && c.isolation().map(i -> s.isolationKey().compatibleWith(i)).orElse(true);
    }

    /** {@code connection_ap_handshake_attach_chosen_circuit}: SENTCONNECT or SENTRESOLVE, then the exit answers. */
    void attachTo(Stream s, Circuit c) {
        s.setCircuit(c);
        c.attach(s);
        if (s.request().isResolve()) {
            s.setState(new StreamState.ResolveWait());
            events.accept(StreamEvents.status(s, "SENTRESOLVE"));
        } else {
            s.setState(new StreamState.ConnectWait());
            events.accept(StreamEvents.status(s, "SENTCONNECT"));
        }
        reactor.schedule(timings.exitAnswer(), () -> exitAnswers(s, c));
    }

    private void exitAnswers(Stream s, Circuit c) {
        if (!waitsForExit(s, c)) {
            return;
        }
        Relay last = c.path().get(c.path().size() - 1);
        if (s.request().kind() == StreamRequest.Kind.CONNECT) {
            if (!last.exit()) {
                connectAnswered(s, c, new Exit.Refused(4));
                return;
            }
            exit.connect(s.id(), s.address(), s.port(), answer -> {
                if (waitsForExit(s, c)) {
                    connectAnswered(s, c, answer);
                }
            });
        } else {
            exit.resolve(s.id(), s.address(), s.request().kind() == StreamRequest.Kind.RESOLVE_PTR, answer -> {
                if (waitsForExit(s, c)) {
                    resolveAnswered(s, answer);
                }
            });
        }
    }

    /** The exit's answer only counts while the stream still waits for it on the circuit it was sent on. */
    private static boolean waitsForExit(Stream s, Circuit c) {
        boolean waiting = s.state() instanceof StreamState.ConnectWait || s.state() instanceof StreamState.ResolveWait;
        return waiting && s.circuit().orElse(null) == c;
    }

    private void connectAnswered(Stream s, Circuit c, Exit.ConnectAnswer answer) {
        if (answer instanceof Exit.Connected connected) {
            resolveFailures.remove(s.address());
            s.setTarget(connected.address(), s.port());
            events.accept(StreamEvents.remap(s, "EXIT"));
            s.setState(new StreamState.Open());
            events.accept(StreamEvents.status(s, "SUCCEEDED"));
            s.tell(new StreamUpdate.Connected());
        } else {
            exitRefused(s, c, ((Exit.Refused) answer).reason());
        }
    }

    /** Only a controller's RESOLVE hears of the answer by ADDRMAP: tor caches no SOCKS answers by default. */
    private void resolveAnswered(Stream s, Exit.ResolveAnswer answer) {
        boolean controller = s.request().answersController();
        if (answer instanceof Exit.Answer a) {
            if (controller) {
                events.accept(AddrMapEvents.mapped(s.address(), a.address(), Optional.of(clock.instant().plus(a.ttl())),
                        Optional.empty(), false, OptionalLong.of(s.id())));
            }
            s.setTarget(a.address(), s.port());
            events.accept(StreamEvents.remap(s, "EXIT"));
            s.tell(new StreamUpdate.Resolved(a.address(), a.ttl()));
        } else {
            if (controller) {
                events.accept(AddrMapEvents.resolveFailed(s.address(), clock.instant(), s.id()));
            }
            s.tell(new StreamUpdate.ResolveFailed(StreamEndReason.fromExit(StreamEndReason.RESOLVEFAILED.code())));
        }
        close(s, StreamEndReason.DONE);
    }

    /**
     * {@code connection_ap_process_end_not_open}: MISC, RESOLVEFAILED, TIMEOUT and NOROUTE are retried
     * on another circuit (DETACHED) until the address failed three times; other reasons fail the stream.
     */
    private void exitRefused(Stream s, Circuit c, int code) {
        StreamEndReason reason = StreamEndReason.fromExit(code);
        int failures = resolveFailures.merge(s.address(), 1, Integer::sum);
        if (!RETRIED_REASONS.contains(code) || failures >= MAX_RESOLVE_FAILURES) {
            resolveFailures.remove(s.address());
            markUnattached(s, reason);
            return;
        }
        events.accept(StreamEvents.ended(s, "DETACHED", reason));
        c.markUnusableForNewStreams();
        c.detach(s);
        if (config.bool("__LeaveStreamsUnattached")) {
            s.setState(new StreamState.ControllerWait());
            events.accept(StreamEvents.status(s, "CONTROLLER_WAIT"));
            s.setCircuit(null);
        } else {
            s.setCircuit(null);
            s.setState(new StreamState.CircuitWait());
            attachPending();
        }
    }

    /** ATTACHSTREAM on a stream tor already sent: it is taken back (tor sends END) and waits for the controller. */
    void takeBack(Stream s) {
        s.circuit().ifPresent(c -> c.detach(s));
        s.setCircuit(null);
        s.setState(new StreamState.ControllerWait());
        events.accept(StreamEvents.status(s, "CONTROLLER_WAIT"));
    }

    /**
     * {@code connection_mark_unattached_ap}: a stream that has not answered its application does so now
     * (FAILED, or SUCCEEDED for reason 0, or an ADDRMAP error for resolves); then it closes.
     */
    void markUnattached(Stream s, StreamEndReason reason) {
        if (s.isClosed()) {
            return;
        }
        boolean wasOpen = s.state() instanceof StreamState.Open;
        if (!s.replied()) {
            if (s.request().isResolve()) {
                if (s.request().answersController()) {
                    events.accept(AddrMapEvents.resolveFailed(s.address(), clock.instant(), s.id()));
                }
                s.tell(new StreamUpdate.ResolveFailed(reason));
            } else {
                events.accept(StreamEvents.ended(s, reason.code() == 0 ? "SUCCEEDED" : "FAILED", reason));
                s.tell(new StreamUpdate.Failed(reason));
            }
        }
        close(s, reason);
        if (wasOpen) {
            s.tell(new StreamUpdate.Closed(reason));
        }
    }

    /**
     * Marks the stream closed; its CLOSED event comes when tor closes marked connections, after the
     * current command, in the order of tor's closeable list (each removal moves the last entry forward).
     */
    private void close(Stream s, StreamEndReason reason) {
        s.setState(new StreamState.Closed());
        s.setEndReason(reason);
        s.circuit().ifPresent(c -> c.detach(s));
        closeable.add(s);
        if (!closingScheduled) {
            closingScheduled = true;
            reactor.execute(this::closeMarked);
        }
    }

    private void closeMarked() {
        closingScheduled = false;
        while (!closeable.isEmpty()) {
            Stream s = closeable.first();
            bandwidth.flush(s);
            events.accept(StreamEvents.ended(s, "CLOSED", s.endReason()));
            streams.remove(s);
            closeable.remove(s);
        }
    }

    /** The application closed its side: tor ends the stream with DONE and answers nothing more. */
    void clientClosed(Stream s) {
        if (!s.isClosed()) {
            close(s, StreamEndReason.DONE);
        }
    }

    /** The exit ended a connected stream: {@code REASON=END REMOTE_REASON=DONE}. */
    void exitClosed(Stream s) {
        if (s.state() instanceof StreamState.Open) {
            StreamEndReason done = StreamEndReason.fromExit(StreamEndReason.DONE.code());
            close(s, done);
            s.tell(new StreamUpdate.Closed(done));
        }
    }

    /**
     * {@code connection_ap_expire_beginning}'s once-a-second sweep: TIMEOUT. (Tor's attach loop checks
     * SocksTimeout too and gives up with CANT_ATTACH when it happens to run first; live 0.4.9.11 shows
     * TIMEOUT far more often for streams waiting for a circuit, and always for held ones.)
     */
    StreamEndReason timedOut(Stream s) {
        markUnattached(s, StreamEndReason.TIMEOUT);
        return StreamEndReason.TIMEOUT;
    }

    /** With DisableNetwork 1, every configuration change closes all streams (tor's options_act). */
    void failAll(StreamEndReason reason) {
        streams.all().forEach(s -> markUnattached(s, reason));
    }

    @Override
    public void built(Circuit c) {
        attachPending();
    }

    @Override
    public void closed(Circuit c) {
        for (Stream s : c.streams()) {
            markUnattached(s, StreamEndReason.DESTROY);
        }
    }

    List<Stream> all() {
        return streams.all();
    }
}
