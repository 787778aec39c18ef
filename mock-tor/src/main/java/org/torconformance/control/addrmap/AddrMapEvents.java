package org.torconformance.control.addrmap;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.torconformance.wire.event.AddrMapEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * Tor's {@code control_event_address_mapped}: {@code NEVER} for permanent mappings, else the local
 * time, an optional error token, {@code EXPIRES} in UTC; then {@code CACHED} and {@code STREAMID}.
 */
public final class AddrMapEvents {
    private AddrMapEvents() {
    }

    /**
     * @param expires empty for a mapping that never expires
     * @param error   {@code error=yes}, or tor's bare {@code internal} for a RESOLVE it could not launch
     */
    public static AddrMapEvent mapped(String from, String to, Optional<Instant> expires, Optional<String> error,
                                      boolean cached, OptionalLong streamId) {
        EventArgs.Builder args = EventArgs.builder();
        String expiry;
        if (expires.isEmpty()) {
            expiry = "NEVER";
            error.ifPresent(args::positional);
        } else {
            expiry = "\"" + IsoTimes.local(expires.get()) + "\"";
            error.ifPresent(args::positional);
            args.quoted("EXPIRES", IsoTimes.utc(expires.get()));
        }
        args.quoted("CACHED", cached ? "YES" : "NO");
        streamId.ifPresent(id -> args.bare("STREAMID", Long.toString(id)));
        return new AddrMapEvent(from, to, expiry, args.build());
    }

    /** The answer to a resolve that failed: {@code <error>} with {@code error=yes}. */
    public static AddrMapEvent resolveFailed(String from, Instant expires, long streamId) {
        return mapped(from, "<error>", Optional.of(expires), Optional.of("error=yes"), false, OptionalLong.of(streamId));
    }
}
