package org.torconformance.control.circuits.network;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.InfoRegistry.Answer;
import org.torconformance.control.InfoRegistry.Failure;
import org.torconformance.control.InfoRegistry.Refused;
import org.torconformance.control.InfoRegistry.Unknown;
import org.torconformance.control.InfoRegistry.Value;

/**
 * The directory GETINFO keys, registered like tor's table ({@code ns/*}, {@code md/*},
 * {@code desc/*}, {@code dir/*}) so unlisted keys stay unrecognized. Without a consensus (a tor
 * started with DisableNetwork 1) the {@code ns/*} keys answer empty.
 */
public final class NetworkInfo {
    private static final String CONSENSUS_UNAVAILABLE =
            "Could not open cached consensus. Make sure FetchUselessDescriptors is set to 1.";

    private final SimulatedNetwork network;

    public NetworkInfo(SimulatedNetwork network) {
        this.network = network;
    }

    public void register(InfoRegistry info) {
        info.key("ns/all", "Brief summary of router status (v2 directory format)",
                (k, s) -> Value.of(join(network.consensus(), RouterStatusFormat::entry)));
        info.prefix("ns/id/", "Brief summary of router status by ID (v2 directory format).", (k, s) -> nsById(k.substring(6)));
        info.prefix("ns/name/", "Brief summary of router status by nickname (v2 directory format).",
                (k, s) -> nsByName(k.substring(8)));
        info.prefix("ns/purpose/", "Brief summary of router status by purpose (v2 directory format).",
                (k, s) -> nsByPurpose(k.substring(11)));
        info.key("md/all", "All known microdescriptors.", (k, s) -> Value.of(join(network.consensus(), Relay::microdescriptor)));
        info.prefix("md/id/", "Microdescriptors by ID", (k, s) -> microdescriptor(
                Fingerprint.parseHex(k.substring(6)).flatMap(network::relay)));
        info.prefix("md/name/", "Microdescriptors by name",
                (k, s) -> microdescriptor(network.lookup(k.substring(8)).flatMap(RouterNode::relay)));
        info.prefix("desc/id/", "Router descriptors by ID.", (k, s) -> descriptor(
                Fingerprint.parseHex(k.substring(8)).flatMap(network::posted), "id"));
        info.prefix("desc/name/", "Router descriptors by nickname.",
                (k, s) -> descriptor(network.postedByName(k.substring(10)), "name"));
        info.key("desc/all-recent", "All non-expired, non-superseded router descriptors.",
                (k, s) -> Value.of(join(network.posted(), ServerDescriptor::text)));
        info.key("desc/all-recent-extrainfo-hack", null, (k, s) -> Value.of(join(network.posted(), ServerDescriptor::text)));
        info.prefix("dir/server/", "Router descriptors as retrieved from a DirPort.", (k, s) -> dirServer(k.substring(11)));
        info.prefix("dir/status/", "v2 networkstatus docs as retrieved from a DirPort.", (k, s) -> Value.of(""));
        info.key("dir/status-vote/current/consensus", "v3 Networkstatus consensus as retrieved from a DirPort.",
                (k, s) -> new Failure(CONSENSUS_UNAVAILABLE));
        info.key("dir/status-vote/current/consensus-microdesc", "v3 Microdescriptor consensus as retrieved from a DirPort.",
                (k, s) -> network.consensusDocument().<Answer>map(Value::of).orElse(new Failure(CONSENSUS_UNAVAILABLE)));
    }

    private Answer nsById(String id) {
        if (!network.hasConsensus()) {
            return Value.of("");
        }
        Optional<Fingerprint> fp = Fingerprint.parseHex(id);
        if (fp.isEmpty()) {
            return new Failure("Data not decodeable as hex");
        }
        return network.relay(fp.get()).<Answer>map(r -> Value.of(RouterStatusFormat.entry(r))).orElse(new Unknown());
    }

    private Answer nsByName(String name) {
        if (!network.hasConsensus()) {
            return Value.of("");
        }
        return network.lookup(name).flatMap(RouterNode::relay).<Answer>map(r -> Value.of(RouterStatusFormat.entry(r)))
                .orElse(new Unknown());
    }

    /** {@code networkstatus_getinfo_by_purpose}: the posted descriptors of a purpose, as status entries. */
    private Answer nsByPurpose(String purpose) {
        if (!network.hasConsensus()) {
            return Value.of("");
        }
        if (!List.of("general", "bridge", "controller").contains(purpose)) {
            return new Failure("Internal error");
        }
        return Value.of(network.posted().stream().filter(d -> d.purpose().equals(purpose)).map(RouterStatusFormat::entry)
                .collect(Collectors.joining()));
    }

    private static Answer microdescriptor(Optional<Relay> relay) {
        return relay.<Answer>map(r -> Value.of(r.microdescriptor())).orElse(new Unknown());
    }

    private static Answer descriptor(Optional<ServerDescriptor> d, String by) {
        return d.<Answer>map(x -> Value.of(x.text())).orElse(new Refused("We fetch microdescriptors, not router descriptors. "
                + "You'll need to use md/" + by + "/* instead of desc/" + by + "/*."));
    }

    /** {@code dir/server/all} and {@code dir/server/fp/<hex>[+<hex>...]}: the posted descriptors, as a DirPort serves them. */
    private Answer dirServer(String url) {
        List<ServerDescriptor> found;
        if (url.equals("all")) {
            found = network.posted();
        } else if (url.startsWith("fp/")) {
            found = java.util.Arrays.stream(url.substring(3).split("\\+")).map(Fingerprint::parseHex)
                    .flatMap(Optional::stream).map(network::posted).flatMap(Optional::stream).toList();
        } else {
            found = List.of();
        }
        return found.isEmpty() ? new Failure("Servers unavailable") : Value.of(join(found, ServerDescriptor::text));
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining());
    }
}
