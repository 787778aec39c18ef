package org.torconformance.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import org.torconformance.wire.ByteString;

/**
 * One non-blocking connection owned by a {@link Reactor}. All methods must be called on the
 * reactor thread. Output is queued and written as the socket accepts it; when more than
 * {@link #outputLimit()} bytes are pending the handler is told (a stalled reader must not grow
 * memory without bound).
 */
public final class Connection {
    private static final long DEFAULT_OUTPUT_LIMIT = 16L * 1024 * 1024;

    private final Reactor reactor;
    private final SocketChannel channel;
    private final long id;
    private SelectionKey key;
    private ConnectionHandler handler;
    private final ArrayDeque<ByteBuffer> output = new ArrayDeque<>();
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
        write(bytes.toByteArray());
    }

    /** Queues {@code bytes} (taking ownership of the array) and writes as much as the socket takes now. */
    public void write(byte[] bytes) {
        if (closed || bytes.length == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        if (output.isEmpty()) {
            try {
                bytesOut += channel.write(buf);
            } catch (IOException e) {
                close();
                return;
            }
            if (!buf.hasRemaining()) {
                return;
            }
        }
        output.add(buf);
        pendingOutput += buf.remaining();
        interest(SelectionKey.OP_WRITE, true);
        if (pendingOutput > outputLimit) {
            handler.onOutputOverflow(this);
        }
    }

    /** Stops reading and closes once every queued byte is written (tor's mark-and-flush). */
    public void closeAfterFlush() {
        if (closed) {
            return;
        }
        closeWhenFlushed = true;
        interest(SelectionKey.OP_READ, false);
        if (output.isEmpty()) {
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

    /** Closes now; queued output is dropped. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        output.clear();
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

    /** Half-closes the output side after queued output is written. */
    public void shutdownOutput() {
        if (closed) {
            return;
        }
        shutdownWhenFlushed = true;
        if (output.isEmpty()) {
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
        if (closeWhenFlushed) {
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
