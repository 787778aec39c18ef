package org.torconformance.robustness.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a {@link FuzzTarget} from several connections in parallel until {@code inputs} inputs have
 * been sent: every connection must be closed by the server within {@code bound} of its last byte
 * (a hang otherwise). Reproducible: worker {@code w} draws from {@code new SplittableRandom(seed + w)}.
 */
final class FuzzHarness {
    /** Frames up to this size fit in loopback socket buffers, so writing them cannot block on a server that stops reading. */
    private static final int INLINE_WRITE = 16 * 1024;

    /** {@code bytesBack}: what the server wrote in all, to show the inputs were read and answered. */
    record Result(long inputs, long connections, long bytesBack, List<String> hangs, List<String> errors) {
    }

    private FuzzHarness() {
    }

    static Result run(FuzzTarget target, long inputs, int workers, long seed, Duration bound, Duration budget) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicLong connections = new AtomicLong();
        AtomicLong bytesBack = new AtomicLong();
        List<String> hangs = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                SplittableRandom random = new SplittableRandom(seed + w);
                done.add(pool.submit(() -> {
                    while (sent.get() < inputs && System.nanoTime() < deadline && hangs.isEmpty()) {
                        List<byte[]> batch = new ArrayList<>();
                        for (int i = 0; i < target.inputsPerConnection(); i++) {
                            batch.add(target.nextInput(random));
                        }
                        byte[] frame = target.frame(batch);
                        try {
                            long back = closesInTime(target, frame, bound);
                            if (back < 0) {
                                hangs.add(target.name() + ": no close within " + bound + " after " + describe(frame));
                            } else {
                                bytesBack.addAndGet(back);
                            }
                        } catch (IOException e) {
                            errors.add(target.name() + ": " + e);
                        }
                        connections.incrementAndGet();
                        sent.addAndGet(batch.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new Result(sent.get(), connections.get(), bytesBack.get(), List.copyOf(hangs), List.copyOf(errors));
    }

    /**
     * Writes {@code bytes} (half-closing after them if the target asks), then reads until the server
     * closes: the bytes read, or -1 if it did not close within {@code bound}. A frame that fits in the
     * socket buffers is written on this thread; a larger one from a writer thread while this one reads,
     * since the server may stop reading it.
     */
    private static long closesInTime(FuzzTarget target, byte[] bytes, Duration bound) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target.port()), (int) bound.toMillis());
            s.setSoTimeout((int) bound.toMillis());
            boolean halfClose = target.halfClose(bytes);
            Thread writer = null;
            if (bytes.length <= INLINE_WRITE) {
                writeAll(s, bytes, halfClose);
            } else {
                writer = new Thread(() -> writeAll(s, bytes, halfClose), "fuzz-writer");
                writer.start();
            }
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    total += n; // answers are not checked here: the point is that they come, and the connection ends
                }
            } catch (SocketTimeoutException e) {
                return -1;
            } catch (IOException e) {
                // a reset after the server closed with unread input: closed all the same
            }
            if (writer != null) {
                try {
                    writer.join(bound.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return total;
        }
    }

    /** The frame's length and first bytes in hex, enough to replay a hang by hand. */
    private static String describe(byte[] frame) {
        int shown = Math.min(frame.length, 96);
        return frame.length + " bytes " + java.util.HexFormat.of().formatHex(frame, 0, shown) + (shown < frame.length ? "..." : "");
    }

    private static void writeAll(Socket s, byte[] bytes, boolean halfClose) {
        try {
            s.getOutputStream().write(bytes);
            if (halfClose) {
                s.shutdownOutput();
            }
        } catch (IOException ignored) {
            // the server may close before reading everything (a too-long line, a failed authentication)
        }
    }
}
