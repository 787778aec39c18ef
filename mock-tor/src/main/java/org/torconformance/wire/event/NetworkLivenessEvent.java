package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 NETWORK_LIVENESS <UP|DOWN>}. */
public record NetworkLivenessEvent(String status, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "NETWORK_LIVENESS";

    static NetworkLivenessEvent from(EventLine l) {
        Events.requireFixed(l, 1);
        return new NetworkLivenessEvent(l.string(0), l.argsFrom(1));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(status), args);
    }
}
