package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 STREAM_BW <id> <written> <read> <time>} (field names as the spec gives them). */
public record StreamBandwidthEvent(String streamId, String bytesWritten, String bytesRead, String time, EventArgs args)
        implements SingleLineEvent {
    public static final String TYPE = "STREAM_BW";

    static StreamBandwidthEvent from(EventLine l) {
        Events.requireFixed(l, 4);
        return new StreamBandwidthEvent(l.string(0), l.string(1), l.string(2), l.string(3), l.argsFrom(4));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(streamId, bytesWritten, bytesRead, time), args);
    }
}
