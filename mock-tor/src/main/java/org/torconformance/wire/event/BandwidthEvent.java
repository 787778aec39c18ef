package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 BW <read> <written>}, once a second; the spec allows {@code Type=Num} pairs after. */
public record BandwidthEvent(String bytesRead, String bytesWritten, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "BW";

    public static BandwidthEvent of(long read, long written) {
        return new BandwidthEvent(Long.toString(read), Long.toString(written), EventArgs.NONE);
    }

    static BandwidthEvent from(EventLine l) {
        Events.requireFixed(l, 2);
        return new BandwidthEvent(l.string(0), l.string(1), l.argsFrom(2));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(bytesRead, bytesWritten), args);
    }
}
