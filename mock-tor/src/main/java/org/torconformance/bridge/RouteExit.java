package org.torconformance.bridge;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.torconformance.control.circuits.Exit;
import org.torconformance.net.Reactor;
import org.torconformance.socks.route.RouteTable;

/**
 * The simulated exits, answering from the SOCKS route table: a SOCKS stream's BEGIN really connects to
 * 127.0.0.1 through its {@link BridgedStream}; any other stream (a controller's RESOLVE, the Streams API) gets
 * the route's answer without a connection. A mock without SOCKS ports has no route world to speak of and keeps
 * the model's own exits ({@link Exit#DEFAULT}).
 */
final class RouteExit implements Exit {
    private final Supplier<RouteTable> routes;
    private final BridgedStreams bridged;
    private final Reactor reactor;
    private final BooleanSupplier socksPorts;

    RouteExit(Supplier<RouteTable> routes, BridgedStreams bridged, Reactor reactor, BooleanSupplier socksPorts) {
        this.routes = routes;
        this.bridged = bridged;
        this.reactor = reactor;
        this.socksPorts = socksPorts;
    }

    @Override
    public void connect(long streamId, String host, int port, Consumer<ConnectAnswer> answer) {
        BridgedStream stream = bridged.get(streamId);
        if (stream != null) {
            stream.exitConnect(host, port, routes.get().decide(host), answer);
        } else if (socksPorts.getAsBoolean()) {
            plan(ExitPlan.of(routes.get().decide(host), ExitPlan.Cell.BEGIN, port), host, answer, null);
        } else {
            answer.accept(DEFAULT.connect(host, port));
        }
    }

    @Override
    public void resolve(long streamId, String host, boolean reverse, Consumer<ResolveAnswer> answer) {
        BridgedStream stream = bridged.get(streamId);
        ExitPlan.Cell cell = reverse ? ExitPlan.Cell.RESOLVE_PTR : ExitPlan.Cell.RESOLVE;
        if (stream != null) {
            stream.exitResolve(host, cell, routes.get().decide(host), answer);
        } else if (socksPorts.getAsBoolean()) {
            plan(ExitPlan.of(routes.get().decide(host), cell, 0), host, null, answer);
        } else {
            answer.accept(reverse ? DEFAULT.resolvePtr(host) : DEFAULT.resolve(host));
        }
    }

    /** A stream without a SOCKS client: the route's answer, as the exit would give it; faults give no answer. */
    private void plan(ExitPlan plan, String host, Consumer<ConnectAnswer> connect, Consumer<ResolveAnswer> lookup) {
        if (plan instanceof ExitPlan.Wait w) {
            reactor.schedule(w.delay(), () -> plan(w.then(), host, connect, lookup));
        } else if (plan instanceof ExitPlan.Connect) {
            connect.accept(new Connected("127.0.0.1"));
        } else if (plan instanceof ExitPlan.Answer a) {
            lookup.accept(new Answer(ExitPlan.text(a.answer()), ExitPlan.TTL));
        } else if (plan instanceof ExitPlan.Refuse r) {
            if (connect != null) {
                connect.accept(new Refused(ExitPlan.endReason(r.refusal(), host)));
            } else {
                lookup.accept(new NoAnswer());
            }
        }
    }

    @Override
    public ConnectAnswer connect(String host, int port) {
        return DEFAULT.connect(host, port);
    }

    @Override
    public ResolveAnswer resolve(String host) {
        return DEFAULT.resolve(host);
    }

    @Override
    public ResolveAnswer resolvePtr(String address) {
        return DEFAULT.resolvePtr(address);
    }
}
