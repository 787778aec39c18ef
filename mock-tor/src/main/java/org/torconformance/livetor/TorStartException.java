package org.torconformance.livetor;

import java.util.List;

/** A tor process (or a network of them) did not come up; the message carries the relevant log lines. */
public final class TorStartException extends IllegalStateException {
    private final boolean portInUse;

    TorStartException(String message) {
        this(message, false);
    }

    TorStartException(String message, boolean portInUse) {
        super(message);
        this.portInUse = portInUse;
    }

    static TorStartException exited(String name, int exitCode, List<String> logTail) {
        boolean portInUse = logTail.stream().anyMatch(l -> l.contains("Address already in use"));
        return new TorStartException(
                name + " exited with code " + exitCode + " while starting; last log lines:\n  "
                        + String.join("\n  ", logTail),
                portInUse);
    }

    /** True when tor could not bind a port it was given, so a retry with other ports may succeed. */
    boolean portInUse() {
        return portInUse;
    }
}
