package org.torconformance.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;

/**
 * A controller that sends exactly the bytes it is given and reports exactly what came back: the
 * raw client of the fidelity tests and the daemon targets. Every wait is bounded; a reader thread
 * decodes frames as they arrive and keeps every byte received.
 */
public final class RawControlClient implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final SocketChannel channel;
    private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    private final ByteStringBuilder received = new ByteStringBuilder(4096);
    private final List<Reply> events = new ArrayList<>();
    private final List<LogEntry> log = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    /** One write or read, as it happened: {@code sent} tells the direction. */
    public record LogEntry(long nanos, boolean sent, ByteString bytes) {
    }
    private final Thread reader;
    private volatile boolean peerClosed;
    private int drainedTo;

    private static final Object EOF = new Object();

    private RawControlClient(SocketChannel channel) {
        this.channel = channel;
        reader = new Thread(this::readLoop, "raw-control-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static RawControlClient connect(int port) {
        return connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    public static RawControlClient connect(SocketAddress address) {
        try {
            SocketChannel ch = SocketChannel.open(address instanceof UnixDomainSocketAddress
                    ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET);
            ch.connect(address);
            return new RawControlClient(ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + address, e);
        }
    }

    private void readLoop() {
        ReplyDecoder decoder = new ReplyDecoder();
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        try {
            while (true) {
                buf.clear();
                int n = channel.read(buf);
                if (n < 0) {
                    break;
                }
                synchronized (received) {
                    received.append(buf.array(), 0, n);
                }
                synchronized (log) {
                    log.add(new LogEntry(System.nanoTime() - startNanos, false, ByteString.of(buf.array(), 0, n)));
                }
                decoder.feed(buf.array(), 0, n, (f, start, end) -> frames.add(f));
            }
        } catch (IOException e) {
            // the connection is gone; what arrived is kept
        }
        decoder.finish((f, start, end) -> frames.add(f));
        peerClosed = true;
        frames.add(EOF);
    }

    public void send(ByteString bytes) {
        synchronized (log) {
            log.add(new LogEntry(System.nanoTime() - startNanos, true, bytes));
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray());
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("send failed", e);
        }
    }

    /** Sends a Java string as Latin-1 bytes, exactly. */
    public void send(String latin1) {
        send(ByteString.latin1(latin1));
    }

    /** Sends {@code line} plus CRLF and returns the next reply (events that come first are kept aside). */
    public Reply command(String line) {
        send(line + "\r\n");
        return nextReply(DEFAULT_TIMEOUT).orElseThrow(() -> new IllegalStateException("no reply to " + line + " within "
                + DEFAULT_TIMEOUT + (peerClosed ? " (connection closed)" : "")));
    }

    /** The next frame of any kind, in arrival order; empty on timeout or after the connection closed. */
    public Optional<ReplyFrame> nextFrame(Duration timeout) {
        try {
            Object o = frames.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (o == null || o == EOF) {
                if (o == EOF) {
                    frames.add(EOF);
                }
                return Optional.empty();
            }
            ReplyFrame f = (ReplyFrame) o;
            if (f instanceof Reply r && r.isEvent()) {
                synchronized (events) {
                    events.add(r);
                }
            }
            return Optional.of(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The next frame that is not an event. */
    public Optional<ReplyFrame> nextReplyFrame(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ReplyFrame> f = nextFrame(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (f.isEmpty() || !(f.get() instanceof Reply r && r.isEvent())) {
                return f;
            }
        }
    }

    public Optional<Reply> nextReply(Duration timeout) {
        return nextReplyFrame(timeout).filter(f -> f instanceof Reply).map(f -> (Reply) f);
    }

    /** The next event, whether it was already read or arrives within {@code timeout}. */
    public Optional<Reply> nextEvent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (events) {
                if (!events.isEmpty()) {
                    return Optional.of(events.remove(0));
                }
            }
            Optional<ReplyFrame> f = nextFrame(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (f.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /** Every write and read so far, in order. */
    public List<LogEntry> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Every byte received so far. */
    public ByteString received() {
        synchronized (received) {
            return received.build();
        }
    }

    /**
     * Waits until nothing has arrived for {@code quiet} (or the peer closed, or {@code max} passed)
     * and returns the bytes received since the last drain.
     */
    public ByteString drain(Duration quiet, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now;
            synchronized (received) {
                now = received.length();
            }
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (peerClosed || System.nanoTime() - quietSince >= quiet.toNanos()) {
                break;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
        synchronized (received) {
            ByteString all = received.build();
            ByteString out = all.slice(drainedTo);
            drainedTo = all.length();
            return out;
        }
    }

    /** Sends FIN: the server sees end of input while this side can still read. */
    public void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            throw new UncheckedIOException("shutdown failed", e);
        }
    }

    /** True if the peer closes the connection within {@code timeout}. */
    public boolean awaitClosed(Duration timeout) {
        try {
            reader.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return peerClosed;
    }

    public boolean isClosedByPeer() {
        return peerClosed;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
