package org.torconformance.wire.event;

import java.util.List;
import java.util.Set;
import org.torconformance.wire.ByteString;

/**
 * {@code 650 STATUS_GENERAL|STATUS_CLIENT|STATUS_SERVER <NOTICE|WARN|ERR> <action>[ K=V …]}, e.g.
 * {@code 650 STATUS_CLIENT NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"}.
 */
public record StatusEvent(String type, String severity, String action, EventArgs args) implements SingleLineEvent {
    public static final Set<String> TYPES = Set.of("STATUS_GENERAL", "STATUS_CLIENT", "STATUS_SERVER");

    public StatusEvent {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not a status event type: " + type);
        }
    }

    static StatusEvent from(String type, EventLine l) {
        Events.requireFixed(l, 2);
        return new StatusEvent(type, l.string(0), l.string(1), l.argsFrom(2));
    }

    @Override
    public ByteString text() {
        return EventLine.build(type, List.of(severity, action), args);
    }
}
