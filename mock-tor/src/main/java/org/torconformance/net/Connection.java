package org.torconformance.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.torconformance.wire.ByteString;

/**
 * One non-blocking connection owned by a {@link Reactor}. All methods must be called on the
 * reactor thread. Output written during a round of the loop is staged and handed to the socket once
 * at the end of the round, as tor's outbuf is flushed by its write callback: a thousand pipelined
 * replies cost one {@code write(2)}, not a thousand. What the socket refuses is queued and written
 * as it accepts it; when more than {@link #outputLimit()} bytes are pending the handler is told (a
 * stalled reader must not grow memory without bound).
 */
public final class Connection {
    /**
     * Tor bounds a control connection's outbuf only by BUF_MAX_LEN (INT_MAX - 1): past it
     * write_to_buf fails and the connection is marked for close; its OOM handler (MaxMemInQueues)
     * kills circuits, directory and edge connections, never controllers. 2 GiB per stalled reader
     * would exhaust a test JVM's heap, so the mock closes the same way at 64 MiB: above the largest
     * replies tor writes (ns/all, md/all: a few MB) with room for event bursts.
     */
    public static final long DEFAULT_OUTPUT_LIMIT = 64L * 1024 * 1024;
    /** A staging buffer up to this size is kept between rounds; larger ones are let go. */
    private static final int STAGE_KEPT = 4 * 1024;

    private final Reactor reactor;
    private final SocketChannel channel;
    private final long id;
    private SelectionKey key;
    private ConnectionHandler handler;
    private final ArrayDeque<ByteBuffer> output = new ArrayDeque<>();
    /** Bytes written this round, not yet offered to the socket; null while there are none. */
    private byte[] staged;
    private int stagedLength;
    private long pendingOutput;
    private long outputLimit = DEFAULT_OUTPUT_LIMIT;
    private boolean closeWhenFlushed;
    private boolean shutdownWhenFlushed;
    private boolean closed;
    private boolean readingPaused;
    private long bytesIn;
    private long bytesOut;

    Connection(Reactor reactor, SocketChannel channel, long id) {
        this.reactor = reactor;
        this.channel = channel;
        this.id = id;
    }

    void attach(SelectionKey key, ConnectionHandler handler) {
        this.key = key;
        this.handler = handler;
    }

    public long id() {
        return id;
    }

    public Reactor reactor() {
        return reactor;
    }

    public ConnectionHandler handler() {
        return handler;
    }

    public SocketAddress remoteAddress() {
        try {
            return channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    public SocketAddress localAddress() {
        try {
            return channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    public boolean isOpen() {
        return !closed;
    }

    /** True once the connection is closing: no more input will be delivered. */
    public boolean isClosing() {
        return closed || closeWhenFlushed;
    }

    public long pendingOutput() {
        return pendingOutput;
    }

    public long outputLimit() {
        return outputLimit;
    }

    public void setOutputLimit(long bytes) {
        outputLimit = bytes;
    }

    public long bytesIn() {
        return bytesIn;
    }

    public long bytesOut() {
        return bytesOut;
    }

    public void write(ByteString bytes) {
        if (closed || bytes.isEmpty()) {
            return;
        }
        bytes.copyTo(stage(bytes.length()), stagedLength);
        staged(bytes.length());
    }

    /** Stages {@code bytes} (copied) for the end of this round. */
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    public void write(byte[] bytes, int off, int len) {
        if (closed || len == 0) {
            return;
        }
        System.arraycopy(bytes, off, stage(len), stagedLength, len);
        staged(len);
    }

    /** The staging buffer, with room for {@code len} more bytes at {@link #stagedLength}. */
    private byte[] stage(int len) {
        if (staged == null) {
            staged = new byte[Math.max(STAGE_KEPT, len)];
        }
        if (stagedLength == 0) {
            reactor.flushAtEndOfRound(this);
        }
        if (stagedLength + len > staged.length) {
            staged = Arrays.copyOf(staged, Math.max(staged.length * 2, stagedLength + len));
        }
        return staged;
    }

    private void staged(int len) {
        stagedLength += len;
        pendingOutput += len;
        if (pendingOutput > outputLimit) {
            handler.onOutputOverflow(this);
        }
    }

    /** Offers the staged bytes to the socket and queues what it does not take; the reactor calls this. */
    void flushStaged() {
        if (closed || stagedLength == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(staged, 0, stagedLength);
        int len = stagedLength;
        stagedLength = 0;
        pendingOutput -= len;
        if (output.isEmpty()) {
            try {
                bytesOut += channel.write(buf);
            } catch (IOException e) {
                close();
                return;
            }
        }
        if (buf.hasRemaining()) {
            ByteBuffer rest = ByteBuffer.wrap(Arrays.copyOfRange(staged, buf.position(), len));
            output.add(rest);
            pendingOutput += rest.remaining();
            interest(SelectionKey.OP_WRITE, true);
        }
        if (staged.length > STAGE_KEPT) {
            staged = null;
        }
        if (closeWhenFlushed && output.isEmpty()) {
            close();
        }
    }

    /** Stops reading and closes once every queued byte is written (tor's mark-and-flush). */
    public void closeAfterFlush() {
        if (closed) {
            return;
        }
        closeWhenFlushed = true;
        interest(SelectionKey.OP_READ, false);
        if (output.isEmpty() && stagedLength == 0) {
            close();
        }
    }

    /** Stops delivering input until {@link #resumeReading()}; bytes wait in the socket buffer. */
    public void pauseReading() {
        readingPaused = true;
        interest(SelectionKey.OP_READ, false);
    }

    public void resumeReading() {
        readingPaused = false;
        if (!closeWhenFlushed) {
            interest(SelectionKey.OP_READ, true);
        }
    }

    /**
     * Closes now. Bytes staged this round are offered to the socket first (as if written at once);
     * output the socket had already refused is dropped.
     */
    public void close() {
        if (closed) {
            return;
        }
        flushStaged();
        if (closed) {
            return;
        }
        closed = true;
        output.clear();
        staged = null;
        stagedLength = 0;
        pendingOutput = 0;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reactor.forget(this);
        if (handler != null) {
            handler.onClose(this);
        }
    }

    /** Closes with a TCP reset (SO_LINGER 0) where the socket supports it. */
    public void reset() {
        if (closed) {
            return;
        }
        try {
            if (channel.supportedOptions().contains(StandardSocketOptions.SO_LINGER)) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
        } catch (IOException ignored) {
            // fall back to a plain close
        }
        close();
    }

    /** Half-closes the output side, after offering this round's output to the socket. */
    public void shutdownOutput() {
        if (closed) {
            return;
        }
        flushStaged();
        shutdownWhenFlushed = true;
        if (!closed && output.isEmpty()) {
            shutdownNow();
        }
    }

    private void shutdownNow() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            close();
        }
    }

    void onReadable(ByteBuffer scratch) {
        if (readingPaused || closeWhenFlushed) {
            return;
        }
        scratch.clear();
        int n;
        try {
            n = channel.read(scratch);
        } catch (IOException e) {
            close();
            return;
        }
        if (n < 0) {
            interest(SelectionKey.OP_READ, false);
            handler.onEof(this);
            return;
        }
        if (n > 0) {
            bytesIn += n;
            handler.onData(this, scratch.array(), scratch.arrayOffset(), n);
        }
    }

    void onWritable() {
        try {
            while (!output.isEmpty()) {
                ByteBuffer head = output.peek();
                int n = channel.write(head);
                bytesOut += n;
                pendingOutput -= n;
                if (head.hasRemaining()) {
                    return;
                }
                output.poll();
            }
        } catch (IOException e) {
            close();
            return;
        }
        interest(SelectionKey.OP_WRITE, false);
        if (closeWhenFlushed && stagedLength == 0) {
            close();
            return;
        }
        if (shutdownWhenFlushed) {
            shutdownNow();
        }
        handler.onDrained(this);
    }

    private void interest(int op, boolean on) {
        if (key == null || !key.isValid()) {
            return;
        }
        int ops = key.interestOps();
        key.interestOps(on ? ops | op : ops & ~op);
    }

    @Override
    public String toString() {
        return "connection#" + id;
    }
}
