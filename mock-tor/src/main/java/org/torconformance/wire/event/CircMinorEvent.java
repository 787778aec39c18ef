package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** {@code 650 CIRC_MINOR <id> <PURPOSE_CHANGED|CANNIBALIZED>[ <path>][ CIRC fields] OLD_PURPOSE=…[ OLD_HS_STATE=…][ OLD_TIME_CREATED=…]}. */
public record CircMinorEvent(String circuitId, String event, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CIRC_MINOR";

    static CircMinorEvent from(EventLine l) {
        Events.requireFixed(l, 2);
        return new CircMinorEvent(l.string(0), l.string(1), l.argsFrom(2));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(circuitId, event), args);
    }

    public List<String> path() {
        return Events.leadingPositional(args).map(p -> List.of(p.split(",", -1))).orElse(List.of());
    }

    public Optional<String> purpose() {
        return args.string("PURPOSE");
    }

    public Optional<String> oldPurpose() {
        return args.string("OLD_PURPOSE");
    }

    public Optional<String> oldHsState() {
        return args.string("OLD_HS_STATE");
    }
}
