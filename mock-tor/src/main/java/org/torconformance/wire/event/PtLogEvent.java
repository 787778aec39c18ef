package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 PT_LOG PT=<path> <K=V from the transport>} (tor 0.4.9 cannot subscribe to it). */
public record PtLogEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "PT_LOG";

    static PtLogEvent from(EventLine l) {
        return new PtLogEvent(l.argsFrom(0));
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
