package org.torconformance.conformance.socks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's raw SOCKS client: one blocking TCP connection to a SocksPort on 127.0.0.1 that writes exactly
 * the bytes it is given, each in one write (tor answers one message per read), and reads back exactly what
 * arrives, noting when the peer closes. It keeps a log of the conversation for the report.
 */
public final class RawSocksClient implements AutoCloseable {
    /** What arrived, and whether the peer closed (or reset) the connection meanwhile. */
    public record Received(byte[] bytes, boolean closed) {
    }

    private final long start = System.nanoTime();
    private final Socket socket;
    private final InputStream in;
    private final StringBuilder log = new StringBuilder();
    private boolean closed;

    private RawSocksClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    public static RawSocksClient connect(int port, Duration timeout) {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), (int) timeout.toMillis());
            RawSocksClient c = new RawSocksClient(s);
            c.note("-- connected to 127.0.0.1:" + port);
            return c;
        } catch (IOException e) {
            closeQuietly(s);
            throw new UncheckedIOException("cannot connect to the SocksPort 127.0.0.1:" + port, e);
        }
    }

    /** Writes {@code bytes} in one write; a peer that has gone away is noted, not thrown. */
    public void send(byte[] bytes) {
        note("C> " + HexText.format(bytes));
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            note("-- write failed: " + e.getMessage());
            closed = true;
        }
    }

    /** Reads until {@code count} bytes have arrived, the peer closes, or {@code bound} passes. */
    public Received read(int count, Duration bound) {
        return readUntil(count, bound);
    }

    /** Reads until the peer closes or {@code bound} passes, returning whatever came first. */
    public Received readToClose(Duration bound) {
        return readUntil(Integer.MAX_VALUE, bound);
    }

    public String log() {
        return log.toString();
    }

    private Received readUntil(int count, Duration bound) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + bound.toNanos();
        byte[] buffer = new byte[4096];
        try {
            while (!closed && got.size() < count) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, left));
                int n = in.read(buffer, 0, Math.min(buffer.length, count - got.size()));
                if (n < 0) {
                    closed = true;
                } else {
                    got.write(buffer, 0, n);
                }
            }
        } catch (SocketTimeoutException quiet) {
            // the bound passed: return what came
        } catch (IOException reset) {
            closed = true;
        }
        byte[] bytes = got.toByteArray();
        if (bytes.length > 0) {
            note("S< " + HexText.format(bytes));
        }
        if (closed) {
            note("-- closed by the SocksPort");
        }
        return new Received(bytes, closed);
    }

    private void note(String line) {
        log.append(String.format("%9.3f ms ", (System.nanoTime() - start) / 1e6)).append(line).append('\n');
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a test connection
        }
    }
}
