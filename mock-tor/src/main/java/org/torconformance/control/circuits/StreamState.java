package org.torconformance.control.circuits;

import java.util.Optional;

/** Where a stream is, after tor's AP connection states. */
public sealed interface StreamState {
    /** How {@code stream-status} names the state (NEW/NEWRESOLVE for waiting streams); empty if not listed. */
    Optional<String> listedAs(boolean resolve);

    /** Waiting for tor to pick (or build) a circuit. */
    record CircuitWait() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.of(resolve ? "NEWRESOLVE" : "NEW");
        }
    }

    /** {@code __LeaveStreamsUnattached}: waiting for ATTACHSTREAM. */
    record ControllerWait() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.of(resolve ? "NEWRESOLVE" : "NEW");
        }
    }

    /** BEGIN sent, waiting for CONNECTED. */
    record ConnectWait() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.of("SENTCONNECT");
        }
    }

    /** RESOLVE sent. */
    record ResolveWait() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.of("SENTRESOLVE");
        }
    }

    record Open() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.of("SUCCEEDED");
        }
    }

    record Closed() implements StreamState {
        @Override
        public Optional<String> listedAs(boolean resolve) {
            return Optional.empty();
        }
    }
}
