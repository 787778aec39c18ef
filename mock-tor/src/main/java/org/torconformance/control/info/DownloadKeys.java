package org.torconformance.control.info;

import java.time.Instant;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.Bootstrap;
import org.torconformance.control.events.SignalHooks;

/**
 * {@code downloads/*}: the consensus download schedules a client keeps before it has tried
 * anything (DisableNetwork), and tor's refusals for certificates, descriptors and bridges it has
 * no download status for. Tor restarts the schedules on RELOAD; their first attempt is "now".
 */
final class DownloadKeys {
    private static final String NS = "downloads/networkstatus/";
    private static final String CERT = "downloads/cert/";
    private static final String DESC = "downloads/desc/";
    private static final String BRIDGE = "downloads/bridge/";

    private final TorModel model;
    private Instant scheduleStart;

    private DownloadKeys(TorModel model) {
        this.model = model;
        this.scheduleStart = model.settings().clock().instant();
    }

    static void install(TorModel model) {
        DownloadKeys keys = new DownloadKeys(model);
        SignalHooks.of(model).add(new SignalHooks.Hook() {
            @Override
            public void reload() {
                keys.scheduleStart = model.settings().clock().instant();
            }
        });
        InfoRegistry info = model.info();
        InfoRegistry.Provider ns = (key, session) -> keys.networkstatus(key.substring(NS.length()));
        info.prefix(NS, "Download statuses for networkstatus objects", ns);
        info.key(NS + "ns", "Download status for current-mode networkstatus download", ns);
        info.key(NS + "ns/bootstrap", "Download status for bootstrap-time networkstatus download", ns);
        info.key(NS + "ns/running", "Download status for run-time networkstatus download", ns);
        info.key(NS + "microdesc", "Download status for current-mode microdesc download", ns);
        info.key(NS + "microdesc/bootstrap", "Download status for bootstrap-time microdesc download", ns);
        info.key(NS + "microdesc/running", "Download status for run-time microdesc download", ns);
        InfoRegistry.Provider cert = (key, session) -> certificate(key.substring(CERT.length()));
        info.prefix(CERT, "Download statuses for certificates, by id fingerprint and signing key", cert);
        info.key(CERT + "fps", "List of authority fingerprints for which any download statuses exist", cert);
        info.key(CERT + "fp/<fp>", "Download status for <fp> with the default signing key; corresponds to /fp/ URLs "
                + "on directory server.", cert);
        info.key(CERT + "fp/<fp>/sks", "List of signing keys for which specific download statuses are available for "
                + "this id fingerprint", cert);
        info.key(CERT + "fp/<fp>/<sk>", "Download status for <fp> with signing key <sk>; corresponds to /fp-sk/ URLs "
                + "on directory server.", cert);
        InfoRegistry.Provider desc = (key, session) -> descriptor(key.substring(DESC.length()));
        info.prefix(DESC, "Download statuses for router descriptors, by descriptor digest", desc);
        info.key(DESC + "descs", "Return a list of known router descriptor digests", desc);
        info.key(DESC + "<desc>", "Return a download status for a given descriptor digest", desc);
        InfoRegistry.Provider bridge = (key, session) -> bridge(key.substring(BRIDGE.length()));
        info.prefix(BRIDGE, "Download statuses for bridge descriptors, by bridge identity digest", bridge);
        info.key(BRIDGE + "bridges", "Return a list of configured bridge identity digests with download statuses",
                bridge);
        info.key(BRIDGE + "<desc>", "Return a download status for a given bridge identity digest", bridge);
    }

    private InfoRegistry.Answer networkstatus(String flavor) {
        boolean running = Bootstrap.of(model).isDone();
        DownloadStatus status = switch (flavor) {
            case "ns" -> running ? running() : consensus("DL_WANT_AUTHORITY");
            case "ns/bootstrap" -> consensus("DL_WANT_AUTHORITY");
            case "microdesc" -> running ? running() : consensus("DL_WANT_ANY_DIRSERVER");
            case "microdesc/bootstrap" -> consensus("DL_WANT_ANY_DIRSERVER");
            case "ns/running", "microdesc/running" -> running();
            default -> null;
        };
        return status == null ? new InfoRegistry.Failure("Unknown flavor") : InfoRegistry.Value.of(status.format());
    }

    private DownloadStatus consensus(String wantAuthority) {
        return new DownloadStatus(scheduleStart, "DL_SCHED_CONSENSUS", wantAuthority, "DL_SCHED_INCREMENT_ATTEMPT");
    }

    private DownloadStatus running() {
        return new DownloadStatus(scheduleStart, "DL_SCHED_CONSENSUS", "DL_WANT_ANY_DIRSERVER",
                "DL_SCHED_INCREMENT_FAILURE");
    }

    private static InfoRegistry.Answer certificate(String request) {
        if (request.equals("fps")) {
            return InfoRegistry.Value.of("");
        }
        if (!request.startsWith("fp/")) {
            return failure("Unknown certificate download status query");
        }
        String rest = request.substring("fp/".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return failure(isDigest(rest) ? "Failed to get download status for this authority identity digest"
                    : "That didn't look like a digest");
        }
        if (!isDigest(rest.substring(0, slash))) {
            return failure("That didn't look like an identity digest");
        }
        String signingKey = rest.substring(slash + 1);
        if (signingKey.equals("sks")) {
            return failure("Failed to get list of signing key digests for this authority identity digest");
        }
        return failure(isDigest(signingKey) ? "Failed to get download status for this identity/signing key digest pair"
                : "That didn't look like a signing key digest");
    }

    private static InfoRegistry.Answer descriptor(String request) {
        if (request.equals("descs")) {
            return failure("We don't seem to have a networkstatus-flavored consensus");
        }
        return digestQuery(request, "No such descriptor digest found", "Unknown router descriptor download status query");
    }

    private static InfoRegistry.Answer bridge(String request) {
        if (request.equals("bridges")) {
            return failure("We don't seem to be using bridges");
        }
        return digestQuery(request, "No such bridge identity digest found", "Unknown bridge descriptor download status query");
    }

    /** A 40-character request is a digest, well-formed or not; anything else is an unknown query. */
    private static InfoRegistry.Answer digestQuery(String request, String notFound, String unknownQuery) {
        if (request.length() != 40) {
            return failure(unknownQuery);
        }
        return failure(isDigest(request) ? notFound : "That didn't look like a digest");
    }

    private static boolean isDigest(String s) {
        return s.length() == 40 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
    }

    private static InfoRegistry.Answer failure(String message) {
        return new InfoRegistry.Failure(message);
    }
}
