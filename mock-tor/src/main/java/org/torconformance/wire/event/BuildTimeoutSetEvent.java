package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** {@code 650 BUILDTIMEOUT_SET <COMPUTED|RESET|SUSPENDED|DISCARD|RESUME> TOTAL_TIMES=… TIMEOUT_MS=… …}. */
public record BuildTimeoutSetEvent(String setType, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "BUILDTIMEOUT_SET";

    static BuildTimeoutSetEvent from(EventLine l) {
        Events.requireFixed(l, 1);
        return new BuildTimeoutSetEvent(l.string(0), l.argsFrom(1));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(setType), args);
    }

    public Optional<String> timeoutMs() {
        return args.string("TIMEOUT_MS");
    }

    public Optional<String> totalTimes() {
        return args.string("TOTAL_TIMES");
    }
}
