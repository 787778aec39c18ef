package org.torconformance.socks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.HexFormat;

/** Test helper: a blocking raw client for a SOCKS port, speaking hex. */
final class RawSocks implements AutoCloseable {
    private static final HexFormat HEX = HexFormat.of();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawSocks(int port) throws IOException {
        socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    static byte[] hex(String text) {
        return HEX.parseHex(text.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    RawSocks send(String hexText) throws IOException {
        return sendBytes(hex(hexText));
    }

    RawSocks sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Exactly {@code n} bytes, as hex; fails if the connection ends or stays silent first. */
    String read(int n) throws IOException {
        return hex(readBytes(n));
    }

    byte[] readBytes(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new IOException("connection closed after " + b.length + " of " + n + " bytes: " + hex(b));
        }
        return b;
    }

    /** Everything until the peer closes (within the socket timeout). */
    byte[] readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (IOException reset) {
                return all.toByteArray();
            }
            if (n < 0) {
                return all.toByteArray();
            }
            all.write(buf, 0, n);
        }
    }

    /** True if the peer closed (EOF or reset) within {@code millis} without sending anything else. */
    boolean closedWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            int b = in.read();
            if (b >= 0) {
                throw new IOException(String.format("expected a close, got byte %02x", b));
            }
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        } catch (IOException reset) {
            if (reset.getMessage() != null && reset.getMessage().startsWith("expected a close")) {
                throw reset;
            }
            return true;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }

    /** Reads and discards whatever comes; true if the peer closed within {@code millis}, false if it went quiet. */
    boolean drainUntilClosed(int millis) throws IOException {
        socket.setSoTimeout(millis);
        byte[] buf = new byte[4096];
        try {
            while (in.read(buf) >= 0) {
                // discard
            }
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        } catch (IOException reset) {
            return true;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
