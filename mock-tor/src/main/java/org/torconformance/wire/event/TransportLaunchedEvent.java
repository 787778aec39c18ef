package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 TRANSPORT_LAUNCHED <server|client> <name> <address> <port>}. */
public record TransportLaunchedEvent(String side, String name, String address, String port, EventArgs args)
        implements SingleLineEvent {
    public static final String TYPE = "TRANSPORT_LAUNCHED";

    static TransportLaunchedEvent from(EventLine l) {
        Events.requireFixed(l, 4);
        return new TransportLaunchedEvent(l.string(0), l.string(1), l.string(2), l.string(3), l.argsFrom(4));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(side, name, address, port), args);
    }
}
