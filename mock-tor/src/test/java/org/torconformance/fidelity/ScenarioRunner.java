package org.torconformance.fidelity;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/**
 * Runs one scenario: a fresh connection to each target, authentication by the file's method
 * (unless {@code @preauth}), then each exchange sent to both targets at the same time. Nothing here
 * waits without a bound: a target that hangs or dies yields a recorded difference.
 */
final class ScenarioRunner {
    private static final ByteString OK = ByteString.latin1("250 OK\r\n");

    private final RunSettings settings;
    private final ExecutorService pool;

    /** One target's side of a scenario: its connection, slot values, and what was sent and received. */
    private static final class Leg {
        final Side side;
        final SlotValues slots;
        WireConnection connection;
        final List<ByteString> sent = new ArrayList<>();
        final List<Response> responses = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        Leg(Side side, Target target) {
            this.side = side;
            this.slots = new SlotValues(target.cookieFile());
        }
    }

    ScenarioRunner(RunSettings settings, ExecutorService pool) {
        this.settings = settings;
        this.pool = pool;
    }

    ScenarioResult run(ScenarioFile file, Scenario scenario, FileTargets targets) {
        List<Side> sides = scenario.skipLive().isPresent() ? List.of(Side.MOCK) : List.of(Side.LIVE, Side.MOCK);
        List<String> problems = new ArrayList<>();
        for (Side side : sides) {
            targets.ensureAlive(side).ifPresent(problems::add);
        }
        Map<Side, Leg> legs = new EnumMap<>(Side.class);
        sides.forEach(s -> legs.put(s, new Leg(s, targets.get(s))));
        try {
            connectAll(legs, scenario, targets, problems);
            for (Exchange e : scenario.exchanges()) {
                exchangeAll(legs, e, settings.quietFor(file, e));
            }
            if (scenario.expectClose()) {
                legs.values().forEach(leg -> awaitExpectedClose(leg, problems));
            }
            legs.values().forEach(leg -> leg.slots.problems().forEach(p -> problems.add(leg.side.label() + ": " + p)));
            legs.values().forEach(leg -> leg.refused.forEach(p -> problems.add("not sent to the " + leg.side.label() + ": " + p)));
            for (Leg leg : legs.values()) {
                targets.death(leg.side, closedWithoutAWord(leg) ? settings.closeWait() : Duration.ZERO).ifPresent(problems::add);
            }
            List<ExchangeResult> results = compare(scenario, targets, legs);
            return new ScenarioResult(file.name(), scenario.name(), scenario.skipLive(), results, problems,
                    MockOutputCheck.malformed(results));
        } finally {
            legs.values().stream().filter(l -> l.connection != null).forEach(l -> l.connection.close());
        }
    }

    private void connectAll(Map<Side, Leg> legs, Scenario scenario, FileTargets targets, List<String> problems) {
        Map<Side, Future<WireConnection>> pending = new EnumMap<>(Side.class);
        for (Leg leg : legs.values()) {
            Target t = targets.get(leg.side);
            pending.put(leg.side, pool.submit(() -> connect(t, scenario.preauth())));
        }
        Duration bound = settings.connectTimeout().plus(settings.authTimeout()).plus(settings.grace());
        for (Leg leg : legs.values()) {
            Future<WireConnection> f = pending.get(leg.side);
            try {
                leg.connection = f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                f.cancel(true);
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add(leg.side.label() + ": cannot connect: " + cause.getMessage());
            }
        }
    }

    private WireConnection connect(Target target, boolean preauth) throws IOException {
        WireConnection c = WireConnection.open(target.controlPort(), settings.connectTimeout());
        if (preauth) {
            return c;
        }
        Optional<String> sendProblem = c.send(target.authenticateCommand());
        Optional<Reply> reply = c.awaitReply(settings.authTimeout());
        if (reply.isEmpty() || !reply.get().encode().equals(OK)) {
            c.close();
            throw new IOException("authentication failed: " + reply.map(r -> r.encode().toString()).orElse("no reply")
                    + sendProblem.map(p -> " (" + p + ")").orElse(""));
        }
        return c;
    }

    private void exchangeAll(Map<Side, Leg> legs, Exchange exchange, Duration quiet) {
        Map<Side, Future<Response>> pending = new EnumMap<>(Side.class);
        for (Leg leg : legs.values()) {
            ByteString bytes = exchange.bytes(leg.slots::value);
            leg.sent.add(bytes);
            Optional<String> unsafe = leg.side == Side.LIVE ? NetworkGuard.whyUnsafe(bytes) : Optional.empty();
            WireConnection c = leg.connection;
            if (unsafe.isPresent()) {
                leg.refused.add(unsafe.get());
            } else if (c != null) {
                pending.put(leg.side, pool.submit(() -> c.exchange(bytes, quiet, settings.maxExchange())));
            }
        }
        Map<Side, Response> got = new EnumMap<>(Side.class);
        for (Leg leg : legs.values()) {
            got.put(leg.side, await(leg, pending.get(leg.side)));
        }
        if (got.size() == 2) {
            catchUp(legs, got, quiet);
        }
        for (Leg leg : legs.values()) {
            Response r = got.get(leg.side);
            leg.responses.add(r);
            leg.slots.observe(leg.sent.get(leg.sent.size() - 1), r.bytes());
        }
    }

    /** Gives a target that is behind the other (silent, or still open) {@code patience} to catch up. */
    private void catchUp(Map<Side, Leg> legs, Map<Side, Response> got, Duration quiet) {
        Map<Side, Future<Response>> pending = new EnumMap<>(Side.class);
        for (Side side : got.keySet()) {
            Response mine = got.get(side);
            Response other = got.get(side == Side.LIVE ? Side.MOCK : Side.LIVE);
            boolean behind = !mine.closed() && (mine.bytes().isEmpty() && !other.bytes().isEmpty() || other.closed());
            WireConnection c = legs.get(side).connection;
            if (behind && c != null) {
                pending.put(side, pool.submit(() -> c.collectMore(mine, quiet, settings.patience(), settings.maxExchange())));
            }
        }
        pending.forEach((side, f) -> got.put(side, await(legs.get(side), f)));
    }

    private Response await(Leg leg, Future<Response> f) {
        if (f == null) {
            return Response.notSent(leg.refused.isEmpty() ? "no connection" : "refused: " + leg.refused.get(leg.refused.size() - 1));
        }
        Duration bound = settings.maxExchange().plus(settings.patience()).plus(settings.grace());
        try {
            return f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            leg.connection.close();
            f.cancel(true);
            return new Response(ByteString.EMPTY, true,
                    Optional.of("hung: no result within " + bound.toSeconds() + " s; the runner closed the connection"));
        } catch (Exception e) {
            return new Response(ByteString.EMPTY, true, Optional.of("runner error: " + e));
        }
    }

    /**
     * True if the connection closed without a reply to the exchange that closed it: tor always says
     * something (514, 515, 500, 250 closing connection) before it closes, so this looks like a crash
     * worth waiting a moment for.
     */
    private static boolean closedWithoutAWord(Leg leg) {
        if (leg.connection == null) {
            return true;
        }
        return leg.responses.stream().filter(Response::closed).findFirst()
                .map(r -> r.bytes().isEmpty() && !r.problem().orElse("").startsWith("not sent")).orElse(false);
    }

    /** Waits a little for the close, and folds bytes that came late into the last response. */
    private void awaitExpectedClose(Leg leg, List<String> problems) {
        if (leg.connection == null || leg.responses.isEmpty()) {
            return;
        }
        boolean closed = leg.connection.awaitClosed(settings.closeWait());
        ByteString late = leg.connection.takeLate();
        int last = leg.responses.size() - 1;
        Response r = leg.responses.get(last);
        leg.responses.set(last, new Response(ByteString.concat(r.bytes(), late), closed, r.problem()));
        if (!closed) {
            problems.add("@expect-close: the " + leg.side.label() + " did not close the connection within "
                    + settings.closeWait().toMillis() + " ms");
        }
    }

    private static List<ExchangeResult> compare(Scenario scenario, FileTargets targets, Map<Side, Leg> legs) {
        List<ExchangeResult> out = new ArrayList<>();
        Leg mock = legs.get(Side.MOCK);
        Optional<Leg> live = Optional.ofNullable(legs.get(Side.LIVE));
        for (int i = 0; i < scenario.exchanges().size(); i++) {
            int at = i;
            Optional<Response> liveResponse = live.map(l -> l.responses.get(at));
            Optional<Normalizer.Normalized> liveNorm = live.map(l -> normalize(targets, l, at));
            out.add(new ExchangeResult(i + 1, scenario.exchanges().get(i).text(), liveResponse, mock.responses.get(i),
                    liveNorm, normalize(targets, mock, at)));
        }
        return out;
    }

    private static Normalizer.Normalized normalize(FileTargets targets, Leg leg, int at) {
        return targets.normalizer(leg.side).normalize(leg.sent.get(at), leg.responses.get(at).bytes());
    }
}
