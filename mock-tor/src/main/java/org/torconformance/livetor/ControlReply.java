package org.torconformance.livetor;

import java.util.List;

/**
 * One complete control-port message (a reply or an asynchronous 650 event) as its raw lines without
 * CRLF, data-block lines included. Deliberately minimal: the real codec lives in the wire package.
 */
record ControlReply(List<String> lines) {
    ControlReply {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one line");
        }
    }

    /** The status code of the final line. */
    int status() {
        return Integer.parseInt(lines.get(lines.size() - 1).substring(0, 3));
    }

    boolean isOk() {
        return status() == 250;
    }

    boolean isEvent() {
        return status() == 650;
    }

    String firstLine() {
        return lines.get(0);
    }
}
