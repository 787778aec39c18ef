package org.torconformance.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/**
 * One raw connection to a target. A reader thread keeps every byte; {@link #exchange} writes bytes
 * and returns what arrived until the connection was quiet for a while, or closed. Every wait is
 * bounded, and {@link #close()} from any thread unblocks a write that a stuck target never reads.
 */
final class WireConnection implements AutoCloseable {
    /** A target that sends more than this on one connection is cut off. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final int WRITE_CHUNK = 64 * 1024;

    private final Socket socket;
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ByteStringBuilder received = new ByteStringBuilder(4096);
    private long lastArrival = System.nanoTime();
    private boolean closed;
    private boolean overflow;
    private int consumed;

    private WireConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        Thread reader = new Thread(() -> readLoop(in), "fidelity-reader-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    static WireConnection open(int port, Duration timeout) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            s.setTcpNoDelay(true);
            return new WireConnection(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private void readLoop(InputStream in) {
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                lock.lock();
                try {
                    if (received.length() + n > MAX_BYTES) {
                        overflow = true;
                        break;
                    }
                    received.append(buf, 0, n);
                    lastArrival = System.nanoTime();
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException e) {
            // reset or closed by us: either way nothing more will arrive
        }
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (overflow) {
            close();
        }
    }

    /**
     * Writes {@code bytes} and collects the response: everything that arrives until nothing has
     * arrived for {@code quiet}, the target closes, or {@code max} has passed.
     */
    Response exchange(ByteString bytes, Duration quiet, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        if (isClosed()) {
            return Response.notSent("the connection was already closed");
        }
        Optional<String> problem = send(bytes);
        return collect(System.nanoTime(), quiet, deadline, problem);
    }

    /**
     * Waits up to {@code patience} for more from a target that looked done (it said nothing, or
     * did not close, where the other target did), then collects as {@link #exchange} does and
     * returns {@code first} extended by what came.
     */
    Response collectMore(Response first, Duration quiet, Duration patience, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        lock.lock();
        try {
            long until = System.nanoTime() + patience.toNanos();
            long left = until - System.nanoTime();
            while (!closed && received.length() == consumed && left > 0) {
                left = changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        Response more = collect(System.nanoTime(), quiet, deadline, first.problem());
        return new Response(ByteString.concat(first.bytes(), more.bytes()), more.closed(), more.problem());
    }

    private Response collect(long since, Duration quiet, long deadline, Optional<String> problem) {
        lock.lock();
        try {
            while (!closed) {
                long now = System.nanoTime();
                long last = Math.max(since, lastArrival);
                if (now - last >= quiet.toNanos()) {
                    break;
                }
                if (now >= deadline) {
                    problem = Optional.of("never quiet for " + quiet.toMillis() + " ms");
                    break;
                }
                changed.awaitNanos(Math.min(last + quiet.toNanos() - now, deadline - now));
            }
            if (overflow) {
                problem = Optional.of("cut off after " + MAX_BYTES + " bytes");
            }
            return new Response(take(), closed, problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(take(), closed, Optional.of("interrupted"));
        } finally {
            lock.unlock();
        }
    }

    /** Waits for one whole reply (not an event), for the authentication handshake. */
    Optional<Reply> awaitReply(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        ReplyDecoder decoder = new ReplyDecoder();
        int fed = consumedOffset();
        lock.lock();
        try {
            while (true) {
                ByteString all = received.build();
                for (ReplyFrame f : decoder.feed(all.slice(fed).toByteArray())) {
                    if (f instanceof Reply r && !r.isEvent()) {
                        consumed = all.length();
                        return Optional.of(r);
                    }
                }
                fed = all.length();
                long left = deadline - System.nanoTime();
                if (closed || left <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** True if the target has closed the connection, or does so within {@code max}. */
    boolean awaitClosed(Duration max) {
        lock.lock();
        try {
            long left = max.toNanos();
            while (!closed && left > 0) {
                left = changed.awaitNanos(left);
            }
            return closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes that arrived after the last exchange, e.g. after {@link #awaitClosed}. */
    ByteString takeLate() {
        lock.lock();
        try {
            return take();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private int consumedOffset() {
        lock.lock();
        try {
            return consumed;
        } finally {
            lock.unlock();
        }
    }

    private ByteString take() {
        ByteString all = received.build();
        ByteString out = all.slice(consumed);
        consumed = all.length();
        return out;
    }

    /** Writes {@code bytes}; the problem, if the write failed. */
    Optional<String> send(ByteString bytes) {
        byte[] b = bytes.toByteArray();
        try {
            for (int at = 0; at < b.length; at += WRITE_CHUNK) {
                out.write(b, at, Math.min(WRITE_CHUNK, b.length - at));
            }
            out.flush();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("write failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
