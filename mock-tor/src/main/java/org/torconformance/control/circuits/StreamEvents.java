package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.stream.Collectors;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.StreamBandwidthEvent;
import org.torconformance.wire.event.StreamEvent;

/**
 * STREAM events as tor writes them: the status line, then REASON or SOURCE, SOURCE_ADDR and PURPOSE
 * (NEW and NEWRESOLVE only), and {@code entry_connection_describe_status_for_controller}'s fields.
 */
final class StreamEvents {
    private StreamEvents() {
    }

    static StreamEvent status(Stream s, String status) {
        return build(s, status, EventArgs.NONE);
    }

    static StreamEvent ended(Stream s, String status, StreamEndReason reason) {
        EventArgs.Builder b = EventArgs.builder();
        reason.eventReason().ifPresent(r -> b.bare("REASON", r));
        return build(s, status, b.build());
    }

    /** REMAP with {@code SOURCE=CACHE} (an address map rewrote the target) or {@code SOURCE=EXIT}. */
    static StreamEvent remap(Stream s, String source) {
        return build(s, "REMAP", EventArgs.builder().bare("SOURCE", source).build());
    }

    /** NEW or NEWRESOLVE, the only statuses with SOURCE_ADDR and PURPOSE. */
    static StreamEvent created(Stream s) {
        EventArgs.Builder b = EventArgs.builder();
        s.request().client().ifPresent(c -> b.bare("SOURCE_ADDR", c.getAddress().getHostAddress() + ":" + c.getPort()));
        b.bare("PURPOSE", s.request().isResolve() ? "DNS_REQUEST" : "USER");
        return build(s, s.request().isResolve() ? "NEWRESOLVE" : "NEW", b.build());
    }

    private static StreamEvent build(Stream s, String status, EventArgs head) {
        EventArgs.Builder b = EventArgs.builder().all(head);
        StreamRequest r = s.request();
        r.username().ifPresent(u -> b.quoted("SOCKS_USERNAME", u));
        r.password().ifPresent(p -> b.quoted("SOCKS_PASSWORD", p));
        b.bare("CLIENT_PROTOCOL", r.protocol().name());
        b.bare("NYM_EPOCH", Integer.toString(s.nymEpoch()));
        b.bare("SESSION_GROUP", Integer.toString(r.sessionGroup()));
        b.bare("ISO_FIELDS", r.isolation().stream().sorted().map(f -> f.fields).collect(Collectors.joining(",")));
        String circuit = s.circuit().map(c -> Long.toString(c.id())).orElse("0");
        return new StreamEvent(Long.toString(s.id()), status, circuit, s.target(), b.build());
    }

    static StreamBandwidthEvent bandwidth(Stream s, long[] traffic, java.time.Instant now) {
        return new StreamBandwidthEvent(Long.toString(s.id()), Long.toString(traffic[0]), Long.toString(traffic[1]),
                IsoTimeMicros.format(now), EventArgs.NONE);
    }

    /** A {@code stream-status} line: {@code id status circuit target}; empty for streams tor does not list. */
    static Optional<String> statusLine(Stream s) {
        return s.state().listedAs(s.request().isResolve()).map(name -> s.id() + " " + name + " "
                + s.circuit().map(Circuit::id).orElse(0L) + " " + s.target());
    }
}
