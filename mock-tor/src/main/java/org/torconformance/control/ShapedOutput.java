package org.torconformance.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.torconformance.net.Connection;

/**
 * A connection's output under a {@link FaultPolicy}: delayed and sliced writes go through a FIFO,
 * so bytes never overtake each other whatever the timing.
 */
final class ShapedOutput {
    private final Connection connection;
    private final Deque<byte[]> queue = new ArrayDeque<>();
    private boolean draining;

    ShapedOutput(Connection connection) {
        this.connection = connection;
    }

    void write(byte[] bytes, FaultPolicy policy) {
        if (!policy.shapesOutput() && queue.isEmpty()) {
            connection.write(bytes);
            return;
        }
        int size = policy.sliceSize() > 0 ? policy.sliceSize() : bytes.length;
        for (int off = 0; off < bytes.length; off += size) {
            byte[] piece = Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + size));
            queue.add(piece);
        }
        if (!draining) {
            draining = true;
            connection.reactor().schedule(policy.delay(), () -> drain(policy));
        }
    }

    private void drain(FaultPolicy policy) {
        byte[] next = queue.poll();
        if (next == null || !connection.isOpen()) {
            draining = false;
            return;
        }
        connection.write(next);
        if (queue.isEmpty()) {
            draining = false;
            return;
        }
        Duration gap = policy.sliceSize() > 0 ? policy.sliceGap() : policy.delay();
        connection.reactor().schedule(gap.isZero() ? Duration.ofMillis(1) : gap, () -> drain(policy));
    }

    boolean idle() {
        return queue.isEmpty();
    }
}
