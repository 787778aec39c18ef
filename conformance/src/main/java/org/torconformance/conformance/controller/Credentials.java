package org.torconformance.conformance.controller;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a library may use to authenticate: it decides itself how (as its users rely on), reading
 * PROTOCOLINFO and the cookie file, or using the password.
 */
public record Credentials(Optional<String> password, Optional<Path> cookieFile) {
    public static Credentials none() {
        return new Credentials(Optional.empty(), Optional.empty());
    }
}
