package org.torconformance.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * What a SOCKS port (tor's or the mock's) sends back for some bytes, and whether it then closed (EOF or a
 * reset: tor closes with unread input, which the kernel turns into a reset) or kept the connection open
 * for {@code quiet}.
 */
record SocksAnswer(String hex, boolean closed) {
    /** Larger writes go through a thread, since the server may stop reading before the end. */
    private static final int INLINE_WRITE = 16 * 1024;

    /** Sends {@code bytes}, shuts down the output if {@code halfClose}, and reads until a close or {@code quiet} of silence. */
    static SocksAnswer to(int port, byte[] bytes, boolean halfClose, Duration quiet) {
        try (Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
            s.setSoTimeout((int) quiet.toMillis());
            Thread writer = null;
            if (bytes.length <= INLINE_WRITE) {
                write(s, bytes, halfClose);
            } else {
                writer = new Thread(() -> write(s, bytes, halfClose), "socks-answer-writer");
                writer.start();
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            boolean closed = read(s.getInputStream(), got);
            if (writer != null) {
                s.close(); // ends a write the server stopped reading
                writer.join();
            }
            return new SocksAnswer(HexFormat.of().formatHex(got.toByteArray()), closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    private static boolean read(InputStream in, ByteArrayOutputStream got) {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                got.write(buf, 0, n);
            }
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static void write(Socket s, byte[] bytes, boolean halfClose) {
        try {
            s.getOutputStream().write(bytes);
            if (halfClose) {
                s.shutdownOutput();
            }
        } catch (IOException closedMeanwhile) {
            // the server closed before reading everything: what it answered is read all the same
        }
    }

    @Override
    public String toString() {
        return (hex.isEmpty() ? "nothing" : hex.length() > 160 ? hex.substring(0, 160) + "... (" + hex.length() / 2 + " bytes)" : hex)
                + (closed ? ", then closed" : ", left open");
    }
}
