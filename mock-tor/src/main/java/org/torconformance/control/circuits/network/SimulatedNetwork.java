package org.torconformance.control.circuits.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The relays the mock pretends to know: a deterministic consensus (present once the mock has
 * "bootstrapped"; a tor started with DisableNetwork 1 has none) and the router descriptors
 * controllers posted.
 */
public final class SimulatedNetwork {
    /** How POSTDESCRIPTOR's descriptor was taken. */
    public enum Added { NEW, NOT_NEW }

    private final List<Relay> relays;
    private final Map<Fingerprint, ServerDescriptor> posted = new LinkedHashMap<>();
    private boolean consensusPresent;
    private java.time.Instant consensusArrived;

    public SimulatedNetwork(RandomGenerator random) {
        this.relays = List.copyOf(NetworkGenerator.generate(random));
    }

    /** The consensus relays, sorted by identity; empty before the first bootstrap. */
    public List<Relay> consensus() {
        return consensusPresent ? relays : List.of();
    }

    public boolean hasConsensus() {
        return consensusPresent;
    }

    public void consensusArrived(java.time.Instant when) {
        if (!consensusPresent) {
            consensusPresent = true;
            consensusArrived = when;
        }
    }

    /** {@code dir/status-vote/current/consensus-microdesc}, once there is a consensus. */
    public Optional<String> consensusDocument() {
        return consensusPresent ? Optional.of(ConsensusDocument.write(relays, consensusArrived)) : Optional.empty();
    }

    /** {@code node_get_by_nickname}: {@code $}HEX or HEX, optionally {@code ~nickname} (not checked), or a nickname in any case. */
    public Optional<RouterNode> lookup(String name) {
        Optional<Fingerprint> id = hexIdentity(name);
        if (id.isPresent()) {
            Optional<Relay> relay = consensus().stream().filter(r -> r.identity().equals(id.get())).findFirst();
            return node(relay, Optional.ofNullable(posted.get(id.get())));
        }
        if (name.startsWith("$")) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<Relay> relay = consensus().stream().filter(r -> r.nickname().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
        Optional<ServerDescriptor> desc = relay.map(r -> Optional.ofNullable(posted.get(r.identity())))
                .orElseGet(() -> posted.values().stream().filter(d -> d.nickname().toLowerCase(Locale.ROOT).equals(lower)).findFirst());
        return node(relay, desc);
    }

    private static Optional<RouterNode> node(Optional<Relay> relay, Optional<ServerDescriptor> desc) {
        return relay.isEmpty() && desc.isEmpty() ? Optional.empty() : Optional.of(new RouterNode(relay, desc));
    }

    private static Optional<Fingerprint> hexIdentity(String name) {
        String s = name.startsWith("$") ? name.substring(1) : name;
        if (s.length() < 40 || (s.length() > 40 && s.charAt(40) != '~')) {
            return Optional.empty();
        }
        return Fingerprint.parseHex(s.substring(0, 40));
    }

    public Optional<Relay> relay(Fingerprint id) {
        return consensus().stream().filter(r -> r.identity().equals(id)).findFirst();
    }

    // --- posted router descriptors ---

    /** {@code router_add_to_routerlist}: a descriptor not newer than the one held is not taken. */
    public Added post(ServerDescriptor d) {
        ServerDescriptor held = posted.get(d.identity());
        if (held != null && held.published().compareTo(d.published()) >= 0) {
            return Added.NOT_NEW;
        }
        posted.put(d.identity(), d);
        return Added.NEW;
    }

    public List<ServerDescriptor> posted() {
        return new ArrayList<>(posted.values());
    }

    public Optional<ServerDescriptor> posted(Fingerprint id) {
        return Optional.ofNullable(posted.get(id));
    }

    public Optional<ServerDescriptor> postedByName(String nickname) {
        return lookup(nickname).flatMap(RouterNode::descriptor);
    }

    /** Relays eligible for a role, in consensus order. */
    public Stream<Relay> withFlag(String flag) {
        return consensus().stream().filter(r -> r.hasFlag(flag));
    }
}
