package org.torconformance.control.info;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/**
 * Directory facts of a client that has no consensus and no descriptors: empty shared-random
 * values, empty {@code consensus/*} answers, zero handshake counts, which kinds of descriptors it
 * would fetch, and the document keys (annotations, extra-info, v1 network-status) it cannot answer.
 */
final class DirectoryKeys {
    private DirectoryKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        info.key("sr/current", "Get current shared random value.", Keys.constant(""));
        info.key("sr/previous", "Get previous shared random value.", Keys.constant(""));
        info.prefix("consensus/", "Information about and from the ns consensus.", Keys.constant(""));
        handshakeStats(info, "ntor", "NTor");
        handshakeStats(info, "tap", "TAP");
        info.key("desc/download-enabled", "Do we try to download router descriptors?",
                Keys.computed(() -> Keys.flag(fetchesRouterDescriptors(model))));
        info.key("md/download-enabled", "Do we try to download microdescriptors?",
                Keys.computed(() -> Keys.flag(!model.config().value("UseMicrodescriptors").orElse("auto").equals("0"))));
        info.prefix("desc-annotations/id/", "Router annotations by hexdigest.", Keys.unknown());
        info.prefix("extra-info/digest/", "Extra-info documents by digest.", Keys.unknown());
        info.key("network-status", "Brief summary of router status (v1 directory format)", Keys.unknown());
    }

    private static void handshakeStats(InfoRegistry info, String type, String name) {
        String prefix = "stats/" + type + "/";
        InfoRegistry.Provider stats = (key, session) -> key.equals(prefix + "assigned") || key.equals(prefix + "requested")
                ? InfoRegistry.Value.of("0")
                : new InfoRegistry.Failure("Unrecognized handshake type");
        info.prefix(prefix, name + " circuit handshake stats.", stats);
        info.key(prefix + "assigned", "Assigned " + name + " circuit handshake stats.", stats);
        info.key(prefix + "requested", "Requested " + name + " circuit handshake stats.", stats);
    }

    /** A client fetches full descriptors only without microdescriptors or when asked to fetch everything. */
    private static boolean fetchesRouterDescriptors(TorModel model) {
        return model.config().value("UseMicrodescriptors").orElse("auto").equals("0")
                || model.config().bool("FetchUselessDescriptors");
    }
}
