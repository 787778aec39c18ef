package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** {@code 650 HS_DESC <action> <address|UNKNOWN> <auth type> <HsDir|UNKNOWN>[ <DescID>][ REASON=…][ REPLICA=…][ HSDIR_INDEX=…]}. */
public record HsDescEvent(String action, String address, String authType, String hsDir, EventArgs args)
        implements SingleLineEvent {
    public static final String TYPE = "HS_DESC";

    static HsDescEvent from(EventLine l) {
        Events.requireFixed(l, 4);
        return new HsDescEvent(l.string(0), l.string(1), l.string(2), l.string(3), l.argsFrom(4));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(action, address, authType, hsDir), args);
    }

    public Optional<String> descriptorId() {
        return Events.leadingPositional(args);
    }

    public Optional<String> reason() {
        return args.string("REASON");
    }
}
