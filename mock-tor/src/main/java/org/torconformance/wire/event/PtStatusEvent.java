package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 PT_STATUS PT=<path> TRANSPORT=<name> <K=V…>} (tor 0.4.9 cannot subscribe to it). */
public record PtStatusEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "PT_STATUS";

    static PtStatusEvent from(EventLine l) {
        return new PtStatusEvent(l.argsFrom(0));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(), args);
    }
}
