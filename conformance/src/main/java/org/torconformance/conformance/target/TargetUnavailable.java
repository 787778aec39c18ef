package org.torconformance.conformance.target;

/** A target the run asked for cannot be used (its library or driver is missing): the run stops with exit code 2. */
public final class TargetUnavailable extends RuntimeException {
    public TargetUnavailable(String message) {
        super(message);
    }
}
