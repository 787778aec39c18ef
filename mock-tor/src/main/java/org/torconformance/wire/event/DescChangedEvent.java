package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 DESCCHANGED}. */
public record DescChangedEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "DESCCHANGED";

    static DescChangedEvent from(EventLine l) {
        return new DescChangedEvent(l.argsFrom(0));
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
