package org.torconformance.conformance.controller;

import java.util.List;
import java.util.Optional;

/** The library's parse of PROTOCOLINFO. */
public record ProtocolInfoResult(List<String> authMethods, Optional<String> cookieFile, Optional<String> torVersion) {
}
