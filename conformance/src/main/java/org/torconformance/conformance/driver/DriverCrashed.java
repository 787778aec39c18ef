package org.torconformance.conformance.driver;

/**
 * The driver process exited or broke the protocol. Drivers report library failures instead of
 * dying, so this is a harness failure (verdict ERROR), not a verdict on the library.
 */
public final class DriverCrashed extends RuntimeException {
    public DriverCrashed(String message) {
        super(message);
    }
}
