package org.torconformance.conformance.controller;

import java.nio.file.Path;
import java.util.Optional;

/** Where a controller connects: a loopback TCP port or a Unix socket. */
public record ControlEndpoint(int port, Optional<Path> socket) {
    public static ControlEndpoint tcp(int port) {
        return new ControlEndpoint(port, Optional.empty());
    }
}
