package org.torconformance.crypto;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a control-port client to cross-check the crypto code against a live tor: send
 * one line, read reply lines up to the end line ({@code NNN } followed by a space). Replies with
 * data blocks are not needed here and not supported.
 */
final class RawControlConnection implements Closeable {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    RawControlConnection(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
    }

    List<String> send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        List<String> reply = new ArrayList<>();
        while (true) {
            String received = in.readLine();
            if (received == null) {
                throw new IOException("tor closed the connection; reply so far: " + reply);
            }
            reply.add(received);
            if (received.length() >= 4 && received.charAt(3) == ' ') {
                return reply;
            }
        }
    }

    /** The value of the {@code 250-Key=value} line of a reply. */
    static String value(List<String> reply, String key) {
        String prefix = "250-" + key + "=";
        return reply.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + reply));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
