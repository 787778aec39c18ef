package org.torconformance.conformance.target;

import java.util.List;

/**
 * How a case wants the daemon configured: authentication ({@code none}, {@code cookie},
 * {@code password:SECRET}) and extra torrc lines. {@code fresh} asks for an instance no other case
 * has touched (for cases that change state).
 */
public record DaemonSpec(String auth, List<String> torrc, boolean fresh) {
    public DaemonSpec {
        torrc = List.copyOf(torrc);
    }

    public static DaemonSpec of(String auth) {
        return new DaemonSpec(auth, List.of(), false);
    }
}
