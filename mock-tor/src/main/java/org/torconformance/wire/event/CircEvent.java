package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/**
 * {@code 650 CIRC <id> <status>[ <path>][ BUILD_FLAGS=…][ PURPOSE=…][ HS_STATE=…][ REND_QUERY=…]
 * [ TIME_CREATED=…][ SOCKS_USERNAME="…"][ SOCKS_PASSWORD="…"][ HS_POW=…][ CONFLUX_ID=…]
 * [ CONFLUX_RTT=…][ REASON=…[ REMOTE_REASON=…]]} (the order tor 0.4.9 writes).
 */
public record CircEvent(String circuitId, String status, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CIRC";

    static CircEvent from(EventLine l) {
        Events.requireFixed(l, 2);
        return new CircEvent(l.string(0), l.string(1), l.argsFrom(2));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(circuitId, status), args);
    }

    /** The relays of the path, as written ({@code $FP~nick}, {@code $FP=nick}, {@code $FP}, or a nickname). */
    public List<String> path() {
        return Events.leadingPositional(args).map(p -> List.of(p.split(",", -1))).orElse(List.of());
    }

    public List<String> buildFlags() {
        return args.list("BUILD_FLAGS");
    }

    public Optional<String> purpose() {
        return args.string("PURPOSE");
    }

    public Optional<String> hsState() {
        return args.string("HS_STATE");
    }

    public Optional<String> rendQuery() {
        return args.string("REND_QUERY");
    }

    public Optional<String> timeCreated() {
        return args.string("TIME_CREATED");
    }

    public Optional<ByteString> socksUsername() {
        return args.value("SOCKS_USERNAME");
    }

    public Optional<ByteString> socksPassword() {
        return args.value("SOCKS_PASSWORD");
    }

    public Optional<String> reason() {
        return args.string("REASON");
    }

    public Optional<String> remoteReason() {
        return args.string("REMOTE_REASON");
    }
}
