package org.torconformance.control.circuits;

/** A circuit's build flags, declared in the order {@code BUILD_FLAGS=} lists them. */
public enum BuildFlag {
    ONEHOP_TUNNEL, IS_INTERNAL, NEED_CAPACITY, NEED_UPTIME
}
