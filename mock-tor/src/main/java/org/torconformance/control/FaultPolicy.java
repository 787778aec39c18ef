package org.torconformance.control;

import java.time.Duration;

/**
 * Faults applied to everything the mock writes on every control connection (MockWebServer's
 * SocketPolicy, for a line protocol): write in {@code sliceSize}-byte pieces {@code sliceGap}
 * apart, hold each write back by {@code delay}, and close (or reset) a connection once it has sent
 * {@code disconnectAfterCommands} commands. Zero means off.
 */
public record FaultPolicy(int sliceSize, Duration sliceGap, Duration delay, int disconnectAfterCommands, boolean reset) {
    public static final FaultPolicy NONE = new FaultPolicy(0, Duration.ZERO, Duration.ZERO, 0, false);

    public FaultPolicy {
        if (sliceSize < 0 || disconnectAfterCommands < 0 || sliceGap.isNegative() || delay.isNegative()) {
            throw new IllegalArgumentException("fault policy values must not be negative");
        }
    }

    public boolean shapesOutput() {
        return sliceSize > 0 || !delay.isZero();
    }

    public FaultPolicy withSlices(int size, Duration gap) {
        return new FaultPolicy(size, gap, delay, disconnectAfterCommands, reset);
    }

    public FaultPolicy withDelay(Duration d) {
        return new FaultPolicy(sliceSize, sliceGap, d, disconnectAfterCommands, reset);
    }

    public FaultPolicy disconnectingAfter(int commands, boolean withReset) {
        return new FaultPolicy(sliceSize, sliceGap, delay, commands, withReset);
    }
}
