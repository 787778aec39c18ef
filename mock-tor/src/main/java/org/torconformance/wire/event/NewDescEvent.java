package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;

/** {@code 650 NEWDESC <LongName> *(SP <LongName>)}. */
public record NewDescEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "NEWDESC";

    static NewDescEvent from(EventLine l) {
        return new NewDescEvent(l.argsFrom(0));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(), args);
    }

    public List<String> relays() {
        return args.list().stream().map(a -> a.raw().latin1()).toList();
    }
}
