package org.torconformance.conformance.run;

import java.time.Duration;

/** Every bound the suite applies, scaled by one factor ({@code --timeout-scale}). */
public record Timeouts(double scale) {
    public static final Timeouts DEFAULT = new Timeouts(1.0);

    public Duration step() {
        return scaled(5_000);
    }

    public Duration event() {
        return scaled(3_000);
    }

    public Duration daemonStart() {
        return scaled(60_000);
    }

    /** How long a connection must be quiet before a daemon's answer is taken as complete. */
    public Duration quiet() {
        return scaled(150);
    }

    public Duration scaled(long millis) {
        return Duration.ofMillis(Math.max(1, Math.round(millis * scale)));
    }
}
