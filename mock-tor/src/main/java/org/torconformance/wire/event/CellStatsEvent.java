package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 CELL_STATS[ ID=…][ InboundQueue=… …][ OutboundQueue=… …]}. */
public record CellStatsEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CELL_STATS";

    static CellStatsEvent from(EventLine l) {
        return new CellStatsEvent(l.argsFrom(0));
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
