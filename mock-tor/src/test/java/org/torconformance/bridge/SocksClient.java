package org.torconformance.bridge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.HexFormat;
import org.torconformance.socks.wire.AuthMethod;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksCommand;

/** A blocking raw SOCKS client for these tests; messages come from {@link SocksClientCodec}, replies as hex. */
final class SocksClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    SocksClient(int port) throws IOException {
        socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    static byte[] greeting() {
        return SocksClientCodec.greeting(AuthMethod.NO_AUTH);
    }

    static byte[] greetingWithPassword(String user, String password) {
        return concat(SocksClientCodec.greeting(AuthMethod.USERNAME_PASSWORD),
                SocksClientCodec.usernamePassword(latin1(user), latin1(password)));
    }

    static byte[] socks5(SocksCommand command, String host, int port) {
        return SocksClientCodec.socks5(command, SocksAddress.hostname(host), port);
    }

    static byte[] socks5(SocksCommand command, SocksAddress address, int port) {
        return SocksClientCodec.socks5(command, address, port);
    }

    static byte[] socks4a(SocksCommand command, String host, int port, String userId) {
        return SocksClientCodec.socks4a(command, host, port, userId);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }

    static byte[] latin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    SocksClient send(byte[]... parts) throws IOException {
        out.write(concat(parts));
        out.flush();
        return this;
    }

    /** Exactly {@code n} bytes as hex; fails if the connection ends first. */
    String read(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new IOException("closed after " + b.length + " of " + n + " bytes: " + HexFormat.of().formatHex(b));
        }
        return HexFormat.of().formatHex(b);
    }

    /** Everything until the peer closes, as hex. */
    String readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                all.write(buf, 0, n);
            }
        } catch (IOException reset) {
            // a reset ends the stream too
        }
        return HexFormat.of().formatHex(all.toByteArray());
    }

    byte[] readAll() throws IOException {
        return HexFormat.of().parseHex(readToEnd());
    }

    /** The client's port, as STREAM events print it in SOURCE_ADDR. */
    int localPort() {
        return socket.getLocalPort();
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
