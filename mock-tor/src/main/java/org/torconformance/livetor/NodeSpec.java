package org.torconformance.livetor;

import java.nio.file.Path;

/** One planned node: its ports are fixed before keys exist because DirAuthority lines name them. */
record NodeSpec(String nickname, NodeRole role, int orPort, int dirPort, Path dataDirectory) {
    Path torrc() {
        return dataDirectory.resolve("torrc");
    }

    Path cookieFile() {
        return dataDirectory.resolve("control_auth_cookie");
    }
}
