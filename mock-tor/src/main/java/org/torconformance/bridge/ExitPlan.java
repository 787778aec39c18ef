package org.torconformance.bridge;

import java.time.Duration;
import java.util.Optional;
import org.torconformance.socks.route.Refusal;
import org.torconformance.socks.route.RouteAction;
import org.torconformance.socks.route.RouteDecision;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/**
 * What the simulated exit does for a BEGIN or RESOLVE cell, read off the route that covers the target. The
 * rules are the SOCKS side's: {@code connect} rules resolve to 127.0.0.1, {@code resolve} rules only describe
 * DNS (a CONNECT they match is unreachable), and a reverse lookup gets the name a rule gives or the exact name
 * whose rule resolves to the address.
 */
sealed interface ExitPlan {
    /** How long the mock's exits say their answers live. */
    Duration TTL = Duration.ofSeconds(60);

    /** Connect to 127.0.0.1:{@code port}. */
    record Connect(int port) implements ExitPlan {
    }

    /** Answer a lookup: an address, or a hostname for a reverse lookup. */
    record Answer(SocksAddress answer) implements ExitPlan {
    }

    /** RELAY_END (or no answer for a lookup), ending the stream as {@code refusal} says. */
    record Refuse(Refusal refusal) implements ExitPlan {
    }

    record Wait(Duration delay, ExitPlan then) implements ExitPlan {
    }

    /** Misbehave on the client's connection. */
    record Fault(RouteAction.Fault fault) implements ExitPlan {
    }

    enum Cell { BEGIN, RESOLVE, RESOLVE_PTR }

    static ExitPlan of(RouteDecision decision, Cell cell, int requestedPort) {
        return of(decision.action(), decision.reverseName(), cell, requestedPort);
    }

    private static ExitPlan of(RouteAction action, Optional<String> reverseName, Cell cell, int requestedPort) {
        if (action instanceof RouteAction.Delay d) {
            return new Wait(d.delay(), of(d.then(), reverseName, cell, requestedPort));
        } else if (action instanceof RouteAction.Fault f) {
            return new Fault(f);
        } else if (action instanceof RouteAction.Refuse r) {
            return new Refuse(r.refusal());
        }
        Optional<SocksAddress> answer = switch (cell) {
            case BEGIN -> Optional.empty();
            case RESOLVE -> action.resolvesTo();
            case RESOLVE_PTR -> action instanceof RouteAction.Resolve r && r.answer() instanceof SocksAddress.Hostname
                    ? Optional.of(r.answer()) : reverseName.map(SocksAddress::hostname);
        };
        if (cell == Cell.BEGIN && action instanceof RouteAction.Connect c) {
            return new Connect(c.port().orElse(requestedPort));
        }
        return answer.<ExitPlan>map(Answer::new).orElseGet(() -> new Refuse(new Refusal.Unreachable()));
    }

    /** The END reason code tor's exit would send for {@code refusal} to {@code host}. */
    static int endReason(Refusal refusal, String host) {
        return refusal.outcome(TorAddresses.parse(host).isPresent()).reason().code();
    }

    /** The text form of an answer, as the model carries it (dotted quad, bracketed IPv6, hostname). */
    static String text(SocksAddress answer) {
        return answer instanceof SocksAddress.Hostname name ? name.latin1() : TorAddresses.decorated(answer);
    }
}
