package org.torconformance.control.circuits;

import java.time.Duration;

/**
 * How long the simulated network takes, in the order of what the private loopback network showed
 * (about 8 ms per hop, 2-5 ms for an exit's answer, ~45 ms for an OR connection).
 */
public record Timings(Duration hop, Duration orConnection, Duration exitAnswer) {
    public static final Timings DEFAULT = new Timings(Duration.ofMillis(8), Duration.ofMillis(40), Duration.ofMillis(4));
    /** A network that answers within the same reactor round trip: for load and fuzz runs, where latency only costs time. */
    public static final Timings INSTANT = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO);
}
