package org.torconformance.socks.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * Plays a list of writes against a live SocksPort and records what came back. After each write it reads as
 * many bytes as the mock predicts for that write, so tor handles each write in a read of its own, as the
 * session does. At the end it waits for the close the mock predicts, or for a quiet spell if the mock says
 * the connection stays open.
 */
public final class TorSocksConversation {
    /** Everything the peer sent, in hex, and whether it closed the connection. */
    public record Observed(String bytes, boolean closed) {
    }

    private static final int REPLY_TIMEOUT_MS = 3_000;
    private static final int QUIET_MS = 300;

    private TorSocksConversation() {
    }

    public static Observed play(int port, List<byte[]> writes, List<Integer> expectedPerWrite, boolean expectClose)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            for (int i = 0; i < writes.size(); i++) {
                try {
                    out.write(writes.get(i));
                    out.flush();
                } catch (IOException peerGone) {
                    return new Observed(Hex.of(received.toByteArray()), true);
                }
                socket.setSoTimeout(REPLY_TIMEOUT_MS);
                if (readUntil(in, received, received.size() + expectedPerWrite.get(i))) {
                    return new Observed(Hex.of(received.toByteArray()), true);
                }
            }
            socket.setSoTimeout(expectClose ? REPLY_TIMEOUT_MS : QUIET_MS);
            boolean closed = readUntil(in, received, Integer.MAX_VALUE);
            return new Observed(Hex.of(received.toByteArray()), closed);
        }
    }

    /** Reads until {@code target} bytes are in or the socket timeout passes (false), or the peer closes (true). */
    private static boolean readUntil(InputStream in, ByteArrayOutputStream received, int target) throws IOException {
        byte[] buffer = new byte[4096];
        while (received.size() < target) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException quiet) {
                return false;
            } catch (IOException reset) {
                return true;
            }
            if (n < 0) {
                return true;
            }
            received.write(buffer, 0, n);
        }
        return false;
    }
}
