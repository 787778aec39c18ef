package org.torconformance.livetor;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Raw SOCKS5 bytes for tests: a no-auth greeting, and CONNECT by hostname followed by an HTTP/1.0 GET. */
final class Socks5Probe {
    private static final int TIMEOUT_MS = 30_000;

    private Socks5Probe() {
    }

    /** Sends {@code 05 01 00} and returns the two-byte method selection. */
    static byte[] greet(int socksPort) throws IOException {
        try (Socket socket = connect(socksPort)) {
            socket.getOutputStream().write(new byte[] {5, 1, 0});
            return new DataInputStream(socket.getInputStream()).readNBytes(2);
        }
    }

    /** Returns the whole HTTP response read through the proxy. */
    static String httpGetByHostname(int socksPort, String host, int port, String path) throws IOException {
        try (Socket socket = connect(socksPort)) {
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(new byte[] {5, 1, 0});
            byte[] method = in.readNBytes(2);
            if (method[0] != 5 || method[1] != 0) {
                throw new IOException("SOCKS5 greeting refused: " + hex(method));
            }
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            out.write(new byte[] {5, 1, 0, 3, (byte) name.length});
            out.write(name);
            out.write(new byte[] {(byte) (port >> 8), (byte) port});
            byte[] head = in.readNBytes(4);
            if (head.length < 4 || head[1] != 0) {
                throw new IOException("SOCKS5 CONNECT failed, reply " + hex(head));
            }
            skipBoundAddress(in, head[3]);
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static void skipBoundAddress(InputStream in, byte addressType) throws IOException {
        int length = switch (addressType) {
            case 1 -> 4;
            case 4 -> 16;
            case 3 -> in.read();
            default -> throw new IOException("unknown address type " + addressType);
        };
        in.readNBytes(length + 2);
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
        socket.setSoTimeout(TIMEOUT_MS);
        return socket;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
