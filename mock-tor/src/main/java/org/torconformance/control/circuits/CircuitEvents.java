package org.torconformance.control.circuits;

import java.util.stream.Collectors;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.CircMinorEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * CIRC and CIRC_MINOR events and {@code circuit-status} lines, after tor's
 * {@code circuit_describe_status_for_controller}: open hops, BUILD_FLAGS, PURPOSE, TIME_CREATED,
 * the SOCKS credentials the circuit is isolated to; then REASON for FAILED and CLOSED.
 */
final class CircuitEvents {
    private CircuitEvents() {
    }

    static EventArgs describe(Circuit c) {
        EventArgs.Builder b = EventArgs.builder();
        if (c.opened() > 0) {
            b.positional(c.openHops().stream().map(Relay::longName).collect(Collectors.joining(",")));
        }
        if (!c.flags().isEmpty()) {
            b.bare("BUILD_FLAGS", c.flags().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        b.bare("PURPOSE", c.purpose().name());
        b.bare("TIME_CREATED", IsoTimeMicros.format(c.created()));
        c.isolation().flatMap(IsolationKey::username).filter(u -> !u.isEmpty()).ifPresent(u -> b.quoted("SOCKS_USERNAME", u));
        c.isolation().flatMap(IsolationKey::password).filter(p -> !p.isEmpty()).ifPresent(p -> b.quoted("SOCKS_PASSWORD", p));
        return b.build();
    }

    static CircEvent status(Circuit c, String status) {
        return new CircEvent(Long.toString(c.id()), status, describe(c));
    }

    static CircEvent ended(Circuit c, String status, CircuitCloseReason reason) {
        EventArgs.Builder b = EventArgs.builder().all(describe(c));
        if (reason.remote()) {
            b.bare("REASON", "DESTROYED").bare("REMOTE_REASON", reason.name());
        } else {
            b.bare("REASON", reason.name());
        }
        return new CircEvent(Long.toString(c.id()), status, b.build());
    }

    static CircMinorEvent purposeChanged(Circuit c, CircuitPurpose old) {
        EventArgs args = EventArgs.builder().all(describe(c)).bare("OLD_PURPOSE", old.name()).build();
        return new CircMinorEvent(Long.toString(c.id()), "PURPOSE_CHANGED", args);
    }

    /** A {@code circuit-status} line: as the CIRC event, BUILT for open circuits and EXTENDED for building ones. */
    static String statusLine(Circuit c) {
        String text = status(c, c.isOpen() ? "BUILT" : "EXTENDED").text().latin1();
        return text.substring(CircEvent.TYPE.length() + 1);
    }

}
