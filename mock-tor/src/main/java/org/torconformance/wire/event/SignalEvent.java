package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 SIGNAL <RELOAD|DUMP|DEBUG|NEWNYM|CLEARDNSCACHE|HEARTBEAT|ACTIVE|DORMANT>}. */
public record SignalEvent(String signal, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "SIGNAL";

    public static SignalEvent of(String signal) {
        return new SignalEvent(signal, EventArgs.NONE);
    }

    static SignalEvent from(EventLine l) {
        Events.requireFixed(l, 1);
        return new SignalEvent(l.string(0), l.argsFrom(1));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(signal), args);
    }
}
