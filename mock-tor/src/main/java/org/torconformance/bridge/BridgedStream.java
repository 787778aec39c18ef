package org.torconformance.bridge;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.torconformance.control.circuits.Exit;
import org.torconformance.control.circuits.StreamEndReason;
import org.torconformance.control.circuits.StreamUpdate;
import org.torconformance.net.Reactor;
import org.torconformance.socks.SocksStream;
import org.torconformance.socks.StreamStatus;
import org.torconformance.socks.route.Refusal;
import org.torconformance.socks.route.RouteDecision;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksRequest;
import org.torconformance.socks.wire.TorAddresses;

/**
 * One SOCKS stream as the model sees it, both ways: the model's updates become the client's reply (through
 * {@link SocksStream}), the exit's work is done on the SOCKS side (a real connection to 127.0.0.1), and what
 * only the SOCKS side learns (connected, connection refused, client or destination gone) goes back to the
 * model. The SOCKS side reports the steps the bridge itself caused too; those echoes are ignored.
 */
final class BridgedStream {
    /** Where the end of a stream, as the SOCKS side saw it, is reported to the model. */
    interface Ends {
        void clientClosed(long id);

        void exitClosed(long id);
    }

    private final SocksStream socks;
    private final Reactor reactor;
    private final Ends ends;
    private Consumer<Exit.ConnectAnswer> awaitedConnect;
    private Reactor.Timer routeDelay;
    private Refusal refusal;
    private boolean applying;
    private boolean answeredBySocks;

    BridgedStream(SocksStream socks, Reactor reactor, Ends ends) {
        this.socks = socks;
        this.reactor = reactor;
        this.ends = ends;
    }

    long id() {
        return socks.id();
    }

    /** The model's word on the stream. */
    void update(StreamUpdate update) {
        if (answeredBySocks) {
            return;
        }
        applying = true;
        try {
            apply(update);
        } finally {
            applying = false;
        }
    }

    private void apply(StreamUpdate update) {
        if (update instanceof StreamUpdate.Failed failed) {
            fail(failed.reason());
        } else if (update instanceof StreamUpdate.ResolveFailed failed) {
            fail(failed.reason());
        } else if (update instanceof StreamUpdate.Resolved resolved) {
            answer(resolved.answer());
        } else if (update instanceof StreamUpdate.Closed closed) {
            socks.closeByController(endReason(closed.reason()));
        }
        // Connected: the SOCKS side answered the client when its connection succeeded.
    }

    /** A reverse lookup answers a name; a lookup an address (an answer that is none fails the lookup). */
    private void answer(String text) {
        if (socks.request().kind() == SocksRequest.Kind.RESOLVE_PTR) {
            socks.resolved(SocksAddress.hostname(text));
        } else {
            TorAddresses.parse(text).ifPresentOrElse(socks::resolved, () -> socks.refuse(new Refusal.Unreachable()));
        }
    }

    /** The exit refused (the route's refusal decides the reply, extended errors included); tor gave up otherwise. */
    private void fail(StreamEndReason reason) {
        if (reason.remote()) {
            socks.refuse(refusal != null ? refusal : new Refusal.WithReason(endReason(reason)));
        } else {
            socks.closeByController(endReason(reason));
        }
    }

    /** The model sends BEGIN to the exit: the route decides, the SOCKS side connects. */
    void exitConnect(String host, int port, RouteDecision decision, Consumer<Exit.ConnectAnswer> answer) {
        socks.routedBy(host, decision);
        run(ExitPlan.of(decision, ExitPlan.Cell.BEGIN, port), host, answer, null);
    }

    void exitResolve(String host, ExitPlan.Cell cell, RouteDecision decision, Consumer<Exit.ResolveAnswer> answer) {
        socks.routedBy(host, decision);
        run(ExitPlan.of(decision, cell, 0), host, null, answer);
    }

    private void run(ExitPlan plan, String host, Consumer<Exit.ConnectAnswer> connect,
            Consumer<Exit.ResolveAnswer> lookup) {
        if (plan instanceof ExitPlan.Wait w) {
            routeDelay = reactor.schedule(w.delay(), () -> {
                routeDelay = null;
                if (socks.isPending()) {
                    run(w.then(), host, connect, lookup);
                }
            });
        } else if (plan instanceof ExitPlan.Fault f) {
            socks.apply(f.fault());
        } else if (plan instanceof ExitPlan.Refuse r) {
            refusal = r.refusal();
            if (connect != null) {
                connect.accept(new Exit.Refused(ExitPlan.endReason(r.refusal(), host)));
            } else {
                lookup.accept(new Exit.NoAnswer());
            }
        } else if (plan instanceof ExitPlan.Answer a) {
            lookup.accept(new Exit.Answer(ExitPlan.text(a.answer()), ExitPlan.TTL));
        } else if (plan instanceof ExitPlan.Connect c) {
            awaitedConnect = connect;
            socks.connect(c.port());
        }
    }

    /** What the SOCKS side reports: the outcome of a connection the exit made, or the end of the stream. */
    void changed(StreamStatus status, Optional<EndReason> reason) {
        if (applying) {
            return;
        }
        switch (status) {
            case SUCCEEDED -> answerConnect(new Exit.Connected("127.0.0.1"));
            case FAILED -> answerConnect(new Exit.Refused(reason.orElse(EndReason.MISC).code()));
            case CLOSED -> {
                // a route's delay (hours, perhaps) must not keep a closed stream and its connection
                if (routeDelay != null) {
                    routeDelay.cancel();
                    routeDelay = null;
                }
                if (socks.endedByDestination()) {
                    ends.exitClosed(id());
                } else {
                    ends.clientClosed(id());
                }
            }
            default -> { }
        }
    }

    private void answerConnect(Exit.ConnectAnswer answer) {
        Consumer<Exit.ConnectAnswer> awaiting = awaitedConnect;
        awaitedConnect = null;
        if (awaiting != null) {
            awaiting.accept(answer);
        }
    }

    /** SocksTimeout: the SOCKS side answers the client itself with the reason the model gives up with. */
    EndReason timedOut(LongFunction<StreamEndReason> giveUp) {
        awaitedConnect = null;
        answeredBySocks = true;
        return endReason(giveUp.apply(id()));
    }

    private static EndReason endReason(StreamEndReason reason) {
        return new EndReason(reason.code());
    }
}
