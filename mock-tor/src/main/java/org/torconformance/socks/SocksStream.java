package org.torconformance.socks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.torconformance.net.Connection;
import org.torconformance.net.Reactor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.route.FaultKind;
import org.torconformance.socks.route.Refusal;
import org.torconformance.socks.route.RouteAction;
import org.torconformance.socks.route.RouteDecision;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SessionOutput;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksRequest;
import org.torconformance.socks.wire.SocksServerSession;
import org.torconformance.socks.wire.StreamOutcome;
import org.torconformance.socks.wire.TorAddresses;

/**
 * A request that passed tor's checks, from then until it is closed: the handle {@link StreamHooks} decide
 * with. Every method must be called on the reactor thread. Outcome methods only act while the stream is
 * pending; afterwards (the client left, SocksTimeout passed, another outcome won) they do nothing.
 */
public final class SocksStream {
    /** Optimistic data kept before the stream opens; past this the client is not read until it does. */
    static final int EARLY_DATA_LIMIT = 256 * 1024;

    private enum Phase { PENDING, CONNECTING, HELD, OPEN, FINISHED }

    private final long id;
    private final SocksEnvironment env;
    private final SocksServerSession session;
    private final Connection client;
    private final SocksRequest request;
    private final int listenerPort;
    private final StreamHooks hooks;
    private final ByteArrayOutputStream early = new ByteArrayOutputStream();
    private SocksJournalEntry.Request entry;
    private Phase phase = Phase.PENDING;
    private Reactor.Timer delay;
    private Relay relay;

    SocksStream(long id, SocksEnvironment env, SocksServerSession session, Connection client, SocksRequest request,
            int listenerPort, StreamHooks hooks, SocksJournalEntry.Request entry) {
        this.id = id;
        this.env = env;
        this.session = session;
        this.client = client;
        this.request = request;
        this.listenerPort = listenerPort;
        this.hooks = hooks;
        this.entry = entry;
    }

    /** Tor's StreamID for this stream: the connection's global id, as {@link StreamHooks#connectionOpened} gave it. */
    public long id() {
        return id;
    }

    public SocksRequest request() {
        return request;
    }

    /** The client's address, as STREAM events print it in SOURCE_ADDR ({@code 127.0.0.1:53220}). */
    public String sourceAddress() {
        return entry.client();
    }

    public int listenerPort() {
        return listenerPort;
    }

    /** True until an outcome was given (or the client left). */
    public boolean isPending() {
        return phase == Phase.PENDING;
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }

    /** True once an open stream ended because its destination closed (tor's exit sent END), not its client. */
    public boolean endedByDestination() {
        return relay != null && relay.destinationEndedFirst();
    }

    /**
     * Records in the journal that {@code decision} routes the stream to {@code destination}, for a model that
     * acts on the decision itself (after REDIRECTSTREAM, say) instead of through {@link #apply(RouteDecision)}.
     */
    public void routedBy(String destination, RouteDecision decision) {
        entry = entry.withRouting(destination, decision.route().toString());
        env.journal().put(entry);
    }

    /** Decides the stream as a route says (recorded in the journal as the rule that applied). */
    public void apply(RouteDecision decision) {
        if (!isPending()) {
            return;
        }
        entry = entry.withRouting(request.destination(), decision.route().toString());
        env.journal().put(entry);
        RouteActions.apply(this, decision.action(), decision.reverseName());
    }

    /** Decides the stream with an action that no rule stands for. */
    public void apply(RouteAction action) {
        if (isPending()) {
            RouteActions.apply(this, action, Optional.empty());
        }
    }

    /** Connects a CONNECT stream to 127.0.0.1:{@code port} and relays it once connected. */
    public void connect(int port) {
        requireKind(SocksRequest.Kind.CONNECT, "connect");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, got " + port);
        }
        if (!isPending()) {
            return;
        }
        phase = Phase.CONNECTING;
        hooks.streamChanged(this, StreamStatus.SENTCONNECT, Optional.empty());
        DestinationHandler handler = new DestinationHandler();
        InetSocketAddress target = new InetSocketAddress(SocksServer.LOOPBACK, port);
        env.reactor().connect(target, handler, result -> connected(result, handler, port));
    }

    /** Fails the stream the way {@code refusal} says; a RESOLVE gets tor's resolve failure. */
    public void refuse(Refusal refusal) {
        if (!isPending()) {
            return;
        }
        if (request.kind() == SocksRequest.Kind.CONNECT) {
            end(refusal.outcome(isAddress(request.destination())), false);
        } else {
            resolveFailed(false);
        }
    }

    /** Answers a RESOLVE (address) or RESOLVE_PTR (hostname). */
    public void resolved(SocksAddress answer) {
        if (request.kind() == SocksRequest.Kind.CONNECT) {
            throw new IllegalStateException("a CONNECT stream gets no resolve answer");
        }
        if (!isPending()) {
            return;
        }
        hooks.streamChanged(this, StreamStatus.SENTRESOLVE, Optional.empty());
        env.resolved().add(answer);
        finish(session.complete(new StreamOutcome.Resolved(answer)), new SocksOutcome.Resolved(answer));
        hooks.streamChanged(this, StreamStatus.SUCCEEDED, Optional.empty());
        hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(EndReason.DONE));
    }

    /** CLOSESTREAM: a pending stream gets the reply for {@code reason}; an open one is ended. */
    public void closeByController(EndReason reason) {
        if (phase == Phase.OPEN) {
            phase = Phase.FINISHED;
            record(new SocksOutcome.ClosedByController(reason));
            relay.abort();
            hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(reason));
        } else if (phase != Phase.FINISHED) {
            boolean connect = request.kind() == SocksRequest.Kind.CONNECT;
            cancelDelay();
            finish(session.complete(connect ? StreamOutcome.Ended.of(reason) : new StreamOutcome.ResolveFailed()),
                    new SocksOutcome.ClosedByController(reason));
            if (connect) {
                hooks.streamChanged(this, StreamStatus.FAILED, Optional.of(reason));
            }
            hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(reason));
        }
    }

    /** Runs {@code step} after {@code delay} unless the stream is decided or gone by then. */
    void later(Duration wait, Runnable step) {
        delay = env.reactor().schedule(wait, () -> {
            if (isPending()) {
                step.run();
            }
        });
    }

    private void connected(Object result, DestinationHandler handler, int port) {
        if (result instanceof Connection destination) {
            if (phase != Phase.CONNECTING) {
                destination.close();
                return;
            }
            SessionOutput out = session.complete(new StreamOutcome.Connected());
            relay = new Relay(client, destination, env.eofPolicy(), this::relayFinished,
                    (fromClient, toClient) -> hooks.relayed(this, fromClient, toClient));
            handler.attach(relay);
            phase = Phase.OPEN;
            record(new SocksOutcome.Connected(port));
            client.write(out.write());
            hooks.streamChanged(this, StreamStatus.SUCCEEDED, Optional.empty());
            byte[] optimistic = early.toByteArray();
            early.reset();
            if (optimistic.length > 0) {
                relay.fromClient(optimistic);
            }
            client.resumeReading();
        } else if (phase == Phase.CONNECTING) {
            phase = Phase.PENDING;
            end(StreamOutcome.Ended.of(reasonFor((IOException) result)), false);
        }
    }

    /** Tor's exit maps connect errors to END reasons ({@code errno_to_stream_end_reason}). */
    private static EndReason reasonFor(IOException e) {
        if (e instanceof ConnectException) {
            return EndReason.CONNECTREFUSED;
        } else if (e instanceof NoRouteToHostException) {
            return EndReason.NOROUTE;
        } else if (e instanceof SocketTimeoutException) {
            return EndReason.TIMEOUT;
        }
        return EndReason.MISC;
    }

    void fault(RouteAction.Fault fault) {
        record(new SocksOutcome.Faulted(fault.kind()));
        if (fault.kind() == FaultKind.NO_REPLY) {
            phase = Phase.HELD;
            return;
        }
        phase = Phase.FINISHED;
        switch (fault.kind()) {
            case CLOSE -> client.close();
            case RESET -> client.reset();
            default -> {
                client.write(fault.bytes());
                client.closeAfterFlush();
            }
        }
        hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(EndReason.MISC));
    }

    private void end(StreamOutcome.Ended ended, boolean timedOut) {
        cancelDelay();
        SessionOutput out = session.complete(ended);
        int code = replyCode(out.write());
        finish(out, timedOut ? new SocksOutcome.TimedOut(code) : new SocksOutcome.Refused(ended.reason(), code));
        hooks.streamChanged(this, StreamStatus.FAILED, Optional.of(ended.reason()));
        hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(ended.reason()));
    }

    void resolveFailed(boolean timedOut) {
        cancelDelay();
        SessionOutput out = session.complete(new StreamOutcome.ResolveFailed());
        finish(out, timedOut ? new SocksOutcome.TimedOut(replyCode(out.write())) : new SocksOutcome.ResolveFailed());
        hooks.streamChanged(this, StreamStatus.FAILED, Optional.of(EndReason.RESOLVEFAILED));
        hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(EndReason.RESOLVEFAILED));
    }

    private void finish(SessionOutput out, SocksOutcome outcome) {
        phase = Phase.FINISHED;
        record(outcome);
        client.write(out.write());
        client.closeAfterFlush();
    }

    // --- what the client connection reports ---

    void clientData(byte[] data) {
        if (phase == Phase.OPEN) {
            relay.fromClient(data);
        } else if (phase == Phase.PENDING || phase == Phase.CONNECTING) {
            early.writeBytes(data);
            if (early.size() > EARLY_DATA_LIMIT) {
                client.pauseReading();
            }
        }
    }

    void clientEof() {
        if (phase == Phase.OPEN) {
            relay.eof(client);
        } else {
            client.close();
        }
    }

    void clientClosed() {
        if (phase == Phase.OPEN) {
            relay.closed(client);
        } else if (phase != Phase.FINISHED) {
            phase = Phase.FINISHED;
            cancelDelay();
            record(new SocksOutcome.ClientLeft());
            hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(EndReason.DONE));
        }
    }

    void drained(Connection side) {
        if (relay != null) {
            relay.drained(side);
        }
    }

    /** SocksTimeout passed: tor ends a stream that is still waiting, with END TIMEOUT unless the hooks say otherwise. */
    void timedOut() {
        if (phase != Phase.PENDING && phase != Phase.CONNECTING) {
            return;
        }
        EndReason reason = hooks.timedOut(this);
        phase = Phase.PENDING;
        if (request.kind() == SocksRequest.Kind.CONNECT) {
            end(StreamOutcome.Ended.of(reason), true);
        } else {
            resolveFailed(true);
        }
    }

    private void relayFinished() {
        if (phase == Phase.OPEN) {
            phase = Phase.FINISHED;
            hooks.streamChanged(this, StreamStatus.CLOSED, Optional.of(EndReason.DONE));
        }
    }

    private void record(SocksOutcome outcome) {
        entry = entry.withOutcome(outcome);
        env.journal().put(entry);
    }

    private void cancelDelay() {
        if (delay != null) {
            delay.cancel();
        }
    }

    private void requireKind(SocksRequest.Kind kind, String what) {
        if (request.kind() != kind) {
            throw new IllegalStateException("cannot " + what + " a " + request.kind() + " stream");
        }
    }

    private static boolean isAddress(String destination) {
        return TorAddresses.parse(destination).isPresent();
    }

    private static int replyCode(byte[] reply) {
        return reply.length >= 2 ? reply[1] & 0xff : -1;
    }
}
