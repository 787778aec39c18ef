package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 CIRC_BW ID=… READ=… WRITTEN=… TIME=… DELIVERED_READ=… OVERHEAD_READ=… DELIVERED_WRITTEN=… OVERHEAD_WRITTEN=…[ SS=… CWND=… RTT=… MIN_RTT=…]}. */
public record CircBandwidthEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CIRC_BW";

    static CircBandwidthEvent from(EventLine l) {
        return new CircBandwidthEvent(l.argsFrom(0));
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
