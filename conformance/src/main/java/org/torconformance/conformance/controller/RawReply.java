package org.torconformance.conformance.controller;

import java.util.List;

/** A reply as the library returned it from a raw command: status and lines (content, as it presents them). */
public record RawReply(int status, List<String> lines) {
    public RawReply {
        lines = List.copyOf(lines);
    }
}
