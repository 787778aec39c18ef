package org.torconformance.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/**
 * Tor's commands with words they know (GETINFO keys, event names, onion addresses, ids, flags) and
 * near misses: unlike {@link CommandGenerators}, most of these get past the argument parser, so the
 * handlers' own answers and the events they start are exercised. None stops tor or changes its
 * configuration; some change state that outlives the connection (MAPADDRESS, RESOLVE).
 */
public final class KnownCommandGenerators {
    /** A valid v3 address no service here has: HSFETCH, DEL_ONION and client auth reach their lookups. */
    private static final String ONION = "xuymjt4ttnys2qw754pmxgbf3sw5sbywwxiolze6w43agiyzv5ukv4yd";

    /** Words each command knows, and near misses, so answers get past the argument parser. */
    private static final Map<String, List<String>> KNOWN_WORDS = Map.ofEntries(
            Map.entry("GETINFO", List.of("version", "config-text", "status/bootstrap-phase", "network-liveness", "dormant",
                    "circuit-status", "stream-status", "orconn-status", "entry-guards", "address-mappings/all", "events/names",
                    "features/names", "signal/names", "address", "fingerprint", "onions/current", "onions/detached",
                    "status/circuit-established", "status/enough-dir-info", "traffic/read", "md/all", "ns/id/AAAA",
                    "desc/name/moria1", "ip-to-country/1.2.3.4", "net/listeners/control", "nosuch", "config/", "VERSION")),
            Map.entry("SETEVENTS", List.of("EXTENDED", "CIRC", "STREAM", "ORCONN", "BW", "NOTICE", "STATUS_CLIENT", "CONF_CHANGED",
                    "HS_DESC", "NETWORK_LIVENESS", "circ", "NOSUCH")),
            Map.entry("USEFEATURE", List.of("EXTENDED_EVENTS", "VERBOSE_NAMES", "extended_events", "NOSUCH")),
            Map.entry("PROTOCOLINFO", List.of("1", "2", "x", "\"1\"", "-1")),
            Map.entry("MAPADDRESS", List.of("1.2.3.4=torproject.org", "0.0.0.0=example.com", "::0=example.com", ".=x", "x=",
                    "example.com=example.org", "1.2.3.4=\"quoted\"", "a b")),
            Map.entry("EXTENDCIRCUIT", List.of("0", "1", "x", "purpose=general", "purpose=controller", "purpose=bogus", "$AAAA")),
            Map.entry("CLOSECIRCUIT", List.of("0", "1", "99", "x", "IfUnused")),
            Map.entry("CLOSESTREAM", List.of("0", "1", "99", "x", "7")),
            Map.entry("ATTACHSTREAM", List.of("0", "1", "99", "x", "HOP=1")),
            Map.entry("REDIRECTSTREAM", List.of("1", "99", "example.com", "80")),
            Map.entry("SETCIRCUITPURPOSE", List.of("1", "99", "x", "purpose=general", "purpose=controller")),
            Map.entry("HSFETCH", List.of(ONION, "v3-" + ONION, "SERVER=$AAAA", "x")),
            Map.entry("DEL_ONION", List.of(ONION, "x")),
            Map.entry("ADD_ONION", List.of("NEW:BEST", "NEW:ED25519-V3", "NEW:RSA1024", "Port=80", "Port=80,127.0.0.1:8080", "Port=x",
                    "Flags=DiscardPK", "Flags=BasicAuth", "MaxStreams=3", "ClientAuthV3=x", "ClientAuth=bob")),
            Map.entry("ONION_CLIENT_AUTH_VIEW", List.of(ONION, "x")),
            Map.entry("ONION_CLIENT_AUTH_REMOVE", List.of(ONION, "x")),
            Map.entry("AUTHCHALLENGE", List.of("SAFECOOKIE", "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF",
                    "\"nonce\"")),
            Map.entry("AUTHENTICATE", List.of("", "\"\"", "00", "\"secret\"")));
    private static final List<String> KNOWN_KEYWORDS = KNOWN_WORDS.keySet().stream().sorted().toList();

    private KnownCommandGenerators() {
    }

    /** A command of tor's with a few of the words it knows (in the order drawn), seldom malformed. */
    public static Generator<Command> known() {
        return c -> {
            c.note("command:known-words");
            String keyword = c.pick(KNOWN_KEYWORDS);
            List<String> words = new ArrayList<>();
            int n = c.between(1, 4);
            for (int i = 0; i < n; i++) {
                words.add(c.pick(KNOWN_WORDS.get(keyword)));
            }
            return new Command(ByteString.latin1(keyword), ByteString.latin1(String.join(" ", words).strip()), Optional.empty());
        };
    }
}
