package org.torconformance.conformance.target;

import java.util.Optional;
import java.util.OptionalInt;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.journal.Journal;

/** A running daemon a case talks to. */
public interface Daemon {
    ControlEndpoint endpoint();

    Credentials credentials();

    /** The mock's journal; a live tor has none (the raw client keeps its own wire log). */
    Optional<Journal> journal();

    /** The SocksPort on 127.0.0.1, when the spec asked for one. */
    default OptionalInt socksPort() {
        return OptionalInt.empty();
    }
}
