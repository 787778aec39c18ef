package org.torconformance.control.circuits;

/** Where a circuit is in its life; {@code circuit-status} says BUILT for open ones and EXTENDED for the rest. */
public sealed interface CircuitState {
    /** Hops are still being extended (also after EXTENDCIRCUIT adds hops to an open circuit). */
    record Building() implements CircuitState {
    }

    record Open() implements CircuitState {
    }

    record Closed() implements CircuitState {
    }
}
