package org.torconformance.conformance.target;

/**
 * What a case runs against. Client targets (controller libraries) face the mock; SOCKS client
 * targets (programs such as curl) face the mock's SocksPort; daemon targets (the mock itself, a
 * live tor) face the suite's raw clients, so every daemon case reads as mock vs tor; network targets
 * (a library on a private tor network, or on the mock as one) carry real streams.
 */
public sealed interface Target extends AutoCloseable permits ClientTarget, SocksClientTarget, DaemonTarget, NetworkTarget {
    String name();

    /** One line for reports: library and version, or daemon and version. */
    String description();

    /** Tags of cases this target must not run (a live tor skips {@code @mock-only}: input that crashes it or gets no reply). */
    default java.util.List<String> skippedTags() {
        return java.util.List.of();
    }

    @Override
    default void close() {
    }
}
