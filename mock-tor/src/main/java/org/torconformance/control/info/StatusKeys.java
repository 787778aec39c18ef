package org.torconformance.control.info;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.Bootstrap;

/**
 * {@code status/*} for a client without a consensus: tor's "status/" prefix helper, which answers
 * only the keys it knows (anything else under status/ is unrecognized). A client skips relay
 * reachability checks, so those read as succeeded; version status needs a consensus.
 */
final class StatusKeys {
    private static final String[][] DOCUMENTED = {
        {"status/circuit-established", "Whether we think client functionality is working."},
        {"status/enough-dir-info", "Whether we have enough up-to-date directory information to build circuits."},
        {"status/bootstrap-phase", "The last bootstrap phase status event that Tor sent."},
        {"status/clients-seen", "Breakdown of client countries seen by a bridge."},
        {"status/fresh-relay-descs", "A fresh relay/ei descriptor pair for Tor's current state. Not stored."},
        {"status/version/recommended", "List of currently recommended versions."},
        {"status/version/current", "Status of the current version."},
    };

    private StatusKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry.Provider status = (key, session) -> answer(model, key);
        model.info().prefix("status/", null, status);
        for (String[] d : DOCUMENTED) {
            model.info().key(d[0], d[1], status);
        }
    }

    private static InfoRegistry.Answer answer(TorModel model, String key) {
        Bootstrap bootstrap = Bootstrap.of(model);
        String value = switch (key) {
            case "status/circuit-established" -> Keys.flag(bootstrap.circuitEstablished());
            case "status/enough-dir-info" -> Keys.flag(bootstrap.enoughDirInfo());
            case "status/good-server-descriptor", "status/accepted-server-descriptor" -> "0";
            case "status/reachability-succeeded/or", "status/reachability-succeeded/dir" -> "1";
            case "status/reachability-succeeded" -> "OR=1 DIR=1";
            case "status/bootstrap-phase" -> bootstrap.lastMessage();
            case "status/version/recommended" -> "?";
            case "status/version/current" -> "unknown";
            case "status/clients-seen" -> "TimeStarted=\"1970-01-01 00:00:00\" CountrySummary= IPVersions=v4=0,v6=0";
            case "status/fresh-relay-descs" -> null;
            default -> "";
        };
        if (value == null) {
            return new InfoRegistry.Failure("Only relays have descriptors");
        }
        return value.isEmpty() ? new InfoRegistry.Unknown() : InfoRegistry.Value.of(value);
    }
}
