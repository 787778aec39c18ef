package org.torconformance.conformance.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.torconformance.socks.wire.AuthMethod;
import org.torconformance.socks.wire.Decoded;
import org.torconformance.socks.wire.MethodSelection;
import org.torconformance.socks.wire.Socks5Reply;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksCommand;

/**
 * An application's connection through a SOCKS port: SOCKS5 with a hostname (and RFC 1929 credentials
 * when given), then whatever bytes the application exchanges. {@link #open} sends the CONNECT without
 * waiting for tor's answer, because a controller may hold the stream first ({@code
 * __LeaveStreamsUnattached}); {@link #awaitReply} reads it. Every read is bounded.
 */
public final class SocksConnection implements AutoCloseable {
    /** RFC 1929 credentials, which tor uses for stream isolation. */
    public record Login(String username, String password) {
    }

    private final Socket socket;
    private final String host;
    private final int port;
    private Socks5Reply reply;

    private SocksConnection(Socket socket, String host, int port) {
        this.socket = socket;
        this.host = host;
        this.port = port;
    }

    public static SocksConnection open(int socksPort, String host, int port, Optional<Login> login, Duration bound) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), socksPort), (int) bound.toMillis());
            SocksConnection c = new SocksConnection(socket, host, port);
            c.handshake(login, bound);
            return c;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void handshake(Optional<Login> login, Duration bound) throws IOException {
        OutputStream out = socket.getOutputStream();
        AuthMethod method = login.isPresent() ? AuthMethod.USERNAME_PASSWORD : AuthMethod.NO_AUTH;
        out.write(SocksClientCodec.greeting(method));
        MethodSelection chosen = decode(bound, SocksClientCodec::decodeMethodSelection, "the method selection");
        if (!chosen.method().equals(method)) {
            throw new IOException("the SOCKS port chose method " + chosen.method() + ", not " + method);
        }
        if (login.isPresent()) {
            out.write(SocksClientCodec.usernamePassword(login.get().username().getBytes(StandardCharsets.UTF_8),
                    login.get().password().getBytes(StandardCharsets.UTF_8)));
            var status = decode(bound, SocksClientCodec::decodeUsernamePasswordStatus, "the RFC 1929 status");
            if (status.status() != 0) {
                throw new IOException("the SOCKS port refused the credentials: status " + status.status());
            }
        }
        out.write(SocksClientCodec.socks5(SocksCommand.CONNECT, new SocksAddress.Hostname(host.getBytes(StandardCharsets.US_ASCII)), port));
        out.flush();
    }

    /** The local port: tor names it in the stream's {@code SOURCE_ADDR}. */
    public int localPort() {
        return socket.getLocalPort();
    }

    public String target() {
        return host + ":" + port;
    }

    /** The SOCKS5 reply to the CONNECT, waiting up to {@code bound}; empty if none came in time or the port closed first. */
    public synchronized Optional<Socks5Reply> awaitReply(Duration bound) throws IOException {
        if (reply == null) {
            try {
                reply = decode(bound, SocksClientCodec::decodeSocks5Reply, "the SOCKS5 reply");
            } catch (SocketTimeoutException | java.io.EOFException e) {
                return Optional.empty();
            }
        }
        return Optional.of(reply);
    }

    /** Writes an HTTP request and reads its response: the header block and Content-Length bytes of body. */
    public HttpResponse exchange(HttpRequest request, Duration bound) throws IOException {
        socket.getOutputStream().write(request.encode());
        socket.getOutputStream().flush();
        socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
        return HttpResponse.read(socket.getInputStream());
    }

    /** True when the other side closed the connection (after any bytes still queued) within {@code bound}. */
    public boolean awaitClosedByPeer(Duration bound) throws IOException {
        socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // the rest of what was in flight
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true; // reset by the peer
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

    private <T> T decode(Duration bound, java.util.function.Function<byte[], Decoded<T>> decoder, String what) throws IOException {
        socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (true) {
            Decoded<T> d = decoder.apply(got.toByteArray());
            if (d instanceof Decoded.Complete<T> c) {
                return c.value();
            }
            if (d instanceof Decoded.Malformed<T> m) {
                throw new IOException(what + " is malformed (" + m.reason() + "): " + hex(got.toByteArray()));
            }
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("the SOCKS port closed the connection before " + what + " (got "
                        + hex(got.toByteArray()) + ")");
            }
            got.write(b);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(Arrays.copyOf(bytes, bytes.length));
    }
}
