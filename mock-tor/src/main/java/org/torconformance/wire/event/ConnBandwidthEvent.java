package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 CONN_BW ID=… TYPE=OR|DIR|EXIT READ=… WRITTEN=…}. */
public record ConnBandwidthEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CONN_BW";

    static ConnBandwidthEvent from(EventLine l) {
        return new ConnBandwidthEvent(l.argsFrom(0));
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
