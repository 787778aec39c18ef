package org.torconformance.conformance.target;

/**
 * What a case runs against. Client targets (controller libraries) face the mock; daemon targets
 * (the mock itself, a live tor) face the suite's raw client, so every daemon case reads as mock
 * vs tor; network targets (a library on a private tor network, or on the mock) carry real streams.
 */
public sealed interface Target extends AutoCloseable permits ClientTarget, DaemonTarget, NetworkTarget {
    String name();

    /** One line for reports: library and version, or daemon and version. */
    String description();

    @Override
    default void close() {
    }
}
