package org.torconformance.conformance.target;

import java.util.List;

/**
 * How a case wants the daemon configured: authentication ({@code none}, {@code cookie},
 * {@code password:SECRET}) and extra torrc lines. {@code fresh} asks for an instance no other case
 * has touched (for cases that change state). {@code socksPort} asks for a listening SocksPort on
 * 127.0.0.1 (a live tor then gets one on a network it can never reach, see LiveTorDaemonTarget).
 */
public record DaemonSpec(String auth, List<String> torrc, boolean fresh, boolean socksPort) {
    public DaemonSpec {
        torrc = List.copyOf(torrc);
    }

    /** A daemon without a SocksPort. */
    public DaemonSpec(String auth, List<String> torrc, boolean fresh) {
        this(auth, torrc, fresh, false);
    }

    public static DaemonSpec of(String auth) {
        return new DaemonSpec(auth, List.of(), false);
    }

    /** The same daemon with a SocksPort. */
    public DaemonSpec withSocksPort() {
        return new DaemonSpec(auth, torrc, fresh, true);
    }
}
