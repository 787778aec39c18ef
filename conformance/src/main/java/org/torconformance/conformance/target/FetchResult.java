package org.torconformance.conformance.target;

import java.util.OptionalInt;

/** What a SOCKS client reported about a fetch, with what it printed as evidence. */
public sealed interface FetchResult {
    /** The client's own output (command line, stdout, stderr), for messages and wire logs. */
    String transcript();

    /** The client got a response and returned its body. */
    record Received(String body, String transcript) implements FetchResult {
    }

    /**
     * The client reported a failure.
     *
     * @param error the client's error, as it printed or threw it
     * @param replyCode the SOCKS reply code the error names (SOCKS5 REP, or SOCKS4 CD such as 0x5B), when it
     *     names one in a form the target knows
     */
    record Failed(String error, OptionalInt replyCode, String transcript) implements FetchResult {
    }
}
