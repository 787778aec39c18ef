package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;
import org.torconformance.wire.WireFormatException;

/**
 * {@code 650 ADDRMAP <from> <to> <NEVER|"local time">[ error=yes| internal][ EXPIRES="UTC time"]
 * CACHED="YES|NO"[ STREAMID=…]}. {@code to} may be {@code <error>}; the bare {@code internal}
 * token (a RESOLVE that could not start) is tor's own malformation and stays a positional argument.
 */
public record AddrMapEvent(String from, String to, String expiry, EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "ADDRMAP";

    static AddrMapEvent from(EventLine l) {
        Events.requireFixed(l, 3);
        return new AddrMapEvent(l.string(0), l.string(1), l.string(2), l.argsFrom(3));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(from, to, expiry), args);
    }

    public boolean neverExpires() {
        return expiry.equals("NEVER");
    }

    /** The local expiry time without its quotes, or empty for {@code NEVER}. */
    public Optional<String> localExpiry() {
        if (neverExpires()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CString.decodeLenient(ByteString.latin1(expiry)).latin1());
        } catch (WireFormatException e) {
            return Optional.of(expiry);
        }
    }

    public boolean isError() {
        return to.equals("<error>") || args.has("error") || args.positionals().stream().anyMatch(p -> p.raw().contentEquals("internal"));
    }

    public Optional<String> error() {
        return args.string("error");
    }

    public Optional<String> utcExpiry() {
        return args.string("EXPIRES");
    }

    public Optional<String> cached() {
        return args.string("CACHED");
    }

    public Optional<String> streamId() {
        return args.string("STREAMID");
    }
}
