package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/**
 * {@code 650 STREAM <id> <status> <circ> <target>[ REASON=…[ REMOTE_REASON=…]][ SOURCE=…]
 * [ SOURCE_ADDR=…][ PURPOSE=…][ SOCKS_USERNAME="…"][ SOCKS_PASSWORD="…"] CLIENT_PROTOCOL=…
 * NYM_EPOCH=… SESSION_GROUP=… ISO_FIELDS=…}. Circuit 0 means unattached.
 */
public record StreamEvent(String streamId, String status, String circuitId, String target, EventArgs args)
        implements SingleLineEvent {
    public static final String TYPE = "STREAM";

    static StreamEvent from(EventLine l) {
        Events.requireFixed(l, 4);
        return new StreamEvent(l.string(0), l.string(1), l.string(2), l.string(3), l.argsFrom(4));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(streamId, status, circuitId, target), args);
    }

    /** The target's host: split at the last colon, so unbracketed IPv6 targets work. */
    public String targetHost() {
        int colon = target.lastIndexOf(':');
        return colon < 0 ? target : target.substring(0, colon);
    }

    public Optional<String> targetPort() {
        int colon = target.lastIndexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(target.substring(colon + 1));
    }

    public Optional<String> reason() {
        return args.string("REASON");
    }

    public Optional<String> remoteReason() {
        return args.string("REMOTE_REASON");
    }

    public Optional<String> source() {
        return args.string("SOURCE");
    }

    public Optional<String> sourceAddress() {
        return args.string("SOURCE_ADDR");
    }

    public Optional<String> purpose() {
        return args.string("PURPOSE");
    }

    public Optional<ByteString> socksUsername() {
        return args.value("SOCKS_USERNAME");
    }

    public Optional<ByteString> socksPassword() {
        return args.value("SOCKS_PASSWORD");
    }

    public Optional<String> clientProtocol() {
        return args.string("CLIENT_PROTOCOL");
    }

    public Optional<String> nymEpoch() {
        return args.string("NYM_EPOCH");
    }

    public Optional<String> sessionGroup() {
        return args.string("SESSION_GROUP");
    }

    public List<String> isoFields() {
        return args.list("ISO_FIELDS");
    }
}
