package org.torconformance.conformance.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.torconformance.wire.event.AddrMapEvent;
import org.torconformance.wire.event.CircBandwidthEvent;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.CircMinorEvent;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.StreamBandwidthEvent;
import org.torconformance.wire.event.StreamEvent;
import org.torconformance.wire.event.TorEvent;

/**
 * A case's events on its own circuits and streams, normalized so that two runs (the mock and a live
 * tor) compare line by line: ids become {@code c1, c2…} and {@code s1, s2…} in order of appearance;
 * paths become their length; the destination's port becomes {@code PORT}; timestamps, nonces, epochs and
 * source ports go; status, purpose, reasons and flags stay. Per-second bandwidth events depend on timing,
 * so they are summarized once at the end instead of placed in the order.
 */
public final class EventSequence {
    private final CaseFootprint own;
    private final int destinationPort;
    private final Map<String, String> circuitAliases = new LinkedHashMap<>();
    private final Map<String, String> streamAliases = new LinkedHashMap<>();

    private EventSequence(CaseFootprint own, int destinationPort) {
        this.own = own;
        this.destinationPort = destinationPort;
    }

    public static List<String> of(List<TorEvent> events, CaseFootprint own, int destinationPort) {
        return new EventSequence(own, destinationPort).normalize(events);
    }

    private List<String> normalize(List<TorEvent> events) {
        List<String> out = new ArrayList<>();
        TreeSet<String> bandwidth = new TreeSet<>();
        boolean globalBandwidth = false;
        for (TorEvent e : events) {
            if (e instanceof CircEvent c && own.ownsCircuit(c.circuitId())) {
                out.add(circuit("CIRC", c.circuitId(), c.status(), c.path().size(), c.args(), List.of()));
            } else if (e instanceof CircMinorEvent m && own.ownsCircuit(m.circuitId())) {
                out.add(circuit("CIRC_MINOR", m.circuitId(), m.event(), m.path().size(), m.args(), List.of("OLD_PURPOSE")));
            } else if (e instanceof StreamEvent s && own.ownsStream(s.streamId())) {
                out.add(stream(s));
            } else if (e instanceof AddrMapEvent a && ownsMapping(a)) {
                out.add(addrmap(a));
            } else if (e instanceof StreamBandwidthEvent b && own.ownsStream(b.streamId())) {
                bandwidth.add("STREAM_BW " + streamAlias(b.streamId()));
            } else if (e instanceof CircBandwidthEvent b && b.args().string("ID").filter(own::ownsCircuit).isPresent()) {
                bandwidth.add("CIRC_BW " + circuitAlias(b.args().string("ID").get()));
            } else if (e.type().equals("BW")) {
                globalBandwidth = true;
            }
        }
        if (globalBandwidth) {
            bandwidth.add("BW");
        }
        if (!bandwidth.isEmpty()) {
            out.add("bandwidth events: " + String.join(", ", bandwidth));
        }
        return out;
    }

    private String circuit(String type, String id, String status, int hops, EventArgs args, List<String> extraKeys) {
        StringBuilder b = new StringBuilder(type).append(' ').append(circuitAlias(id)).append(' ').append(status);
        b.append(" hops=").append(hops);
        List<String> keys = new ArrayList<>(List.of("BUILD_FLAGS", "PURPOSE", "HS_STATE", "SOCKS_USERNAME", "REASON", "REMOTE_REASON"));
        keys.addAll(extraKeys);
        keys.forEach(k -> args.string(k).ifPresent(v -> b.append(' ').append(k).append('=').append(v)));
        return b.toString();
    }

    private String stream(StreamEvent s) {
        StringBuilder b = new StringBuilder("STREAM ").append(streamAlias(s.streamId())).append(' ').append(s.status()).append(' ')
                .append(s.circuitId().equals("0") ? "0" : circuitAlias(s.circuitId())).append(' ').append(target(s));
        for (String k : List.of("REASON", "REMOTE_REASON", "SOURCE", "PURPOSE", "SOCKS_USERNAME", "CLIENT_PROTOCOL", "ISO_FIELDS")) {
            s.args().string(k).ifPresent(v -> b.append(' ').append(k).append('=').append(v));
        }
        return b.toString();
    }

    private String target(StreamEvent s) {
        Optional<String> port = s.targetPort();
        return port.isPresent() && port.get().equals(Integer.toString(destinationPort)) ? s.targetHost() + ":PORT" : s.target();
    }

    private boolean ownsMapping(AddrMapEvent a) {
        return a.args().string("STREAMID").filter(own::ownsStream).isPresent() || own.resolved(a.from());
    }

    private String addrmap(AddrMapEvent a) {
        StringBuilder b = new StringBuilder("ADDRMAP ").append(a.from()).append(' ').append(a.to());
        if (a.isError()) {
            b.append(" error");
        }
        a.cached().ifPresent(v -> b.append(" CACHED=").append(v));
        a.args().string("STREAMID").ifPresent(v -> b.append(" STREAMID=").append(own.ownsStream(v) ? streamAlias(v) : "other"));
        return b.toString();
    }

    private String circuitAlias(String id) {
        return circuitAliases.computeIfAbsent(id, k -> "c" + (circuitAliases.size() + 1));
    }

    private String streamAlias(String id) {
        return streamAliases.computeIfAbsent(id, k -> "s" + (streamAliases.size() + 1));
    }
}
