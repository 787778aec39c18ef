package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** {@code 650 ORCONN <LongName or addr:port> <status>[ REASON=…][ NCIRCS=…] ID=…}. */
public record OrConnEvent(String target, String status, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "ORCONN";

    static OrConnEvent from(EventLine l) {
        Events.requireFixed(l, 2);
        return new OrConnEvent(l.string(0), l.string(1), l.argsFrom(2));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(target, status), args);
    }

    public Optional<String> reason() {
        return args.string("REASON");
    }

    public Optional<String> circuitCount() {
        return args.string("NCIRCS");
    }

    public Optional<String> connectionId() {
        return args.string("ID");
    }
}
