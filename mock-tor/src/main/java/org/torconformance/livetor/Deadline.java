package org.torconformance.livetor;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** A point in monotonic time by which something must have happened. */
record Deadline(long nanoTime) {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
    }

    boolean passed() {
        return System.nanoTime() - nanoTime >= 0;
    }

    /**
     * Calls {@code probe} until it yields a value or this deadline passes. A probe that throws aborts the
     * wait at once (used when the process being waited for has died).
     */
    <T> T poll(Supplier<Optional<T>> probe, Supplier<String> whatTimedOut) {
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (passed()) {
                throw new TorStartException("timed out: " + whatTimedOut.get());
            }
            try {
                Thread.sleep(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, remaining().toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TorStartException("interrupted while waiting: " + whatTimedOut.get());
            }
        }
    }
}
