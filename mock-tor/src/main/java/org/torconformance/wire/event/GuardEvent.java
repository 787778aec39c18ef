package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 GUARD ENTRY <LongName> <NEW|UP|DOWN|BAD|BAD_L2|GOOD|DROPPED>}. */
public record GuardEvent(String guardType, String name, String status, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "GUARD";

    static GuardEvent from(EventLine l) {
        Events.requireFixed(l, 3);
        return new GuardEvent(l.string(0), l.string(1), l.string(2), l.argsFrom(3));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(guardType, name, status), args);
    }
}
