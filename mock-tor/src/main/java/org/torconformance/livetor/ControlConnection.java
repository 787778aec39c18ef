package org.torconformance.livetor;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny blocking control-port client for the harness's own needs (readiness checks, tests): send a
 * line, get the next reply; 650 events are collected on the side by a reader thread. Text is mapped
 * byte-for-byte through ISO-8859-1.
 */
final class ControlConnection implements AutoCloseable {
    static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final ControlReply CONNECTION_CLOSED = new ControlReply(List.of("000 connection closed"));

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<ControlReply> replies = new LinkedBlockingQueue<>();
    private final List<ControlReply> events = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ControlConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        this.reader = new Thread(() -> readLoop(in), "control-reader-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    static ControlConnection open(int port) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(Loopback.address(), port), 5_000);
            return new ControlConnection(socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new UncheckedIOException("cannot connect to control port " + port, e);
        }
    }

    /** Opens a connection and authenticates with the 32-byte cookie, sent as hex. */
    static ControlConnection openWithCookie(int port, Path cookieFile) {
        String hex;
        try {
            hex = HexFormat.of().withUpperCase().formatHex(Files.readAllBytes(cookieFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cookie " + cookieFile, e);
        }
        ControlConnection connection = open(port);
        try {
            connection.requireOk("AUTHENTICATE " + hex);
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    ControlReply send(String line) {
        return send(line, DEFAULT_REPLY_TIMEOUT);
    }

    ControlReply send(String line, Duration timeout) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ControlReply reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new IllegalStateException("no reply to '" + line + "' within " + timeout);
            }
            if (reply == CONNECTION_CLOSED) {
                replies.offer(CONNECTION_CLOSED);
                throw new IllegalStateException("control connection closed before a reply to '" + line + "'");
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send '" + line + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a reply to '" + line + "'", e);
        }
    }

    ControlReply requireOk(String line) {
        ControlReply reply = send(line);
        if (!reply.isOk()) {
            throw new IllegalStateException("'" + line + "' failed: " + reply.lines());
        }
        return reply;
    }

    /** Every 650 event received so far, oldest first. */
    List<ControlReply> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void readLoop(InputStream in) {
        try {
            List<String> message = new ArrayList<>();
            boolean inData = false;
            String line;
            while ((line = readLine(in)) != null) {
                message.add(line);
                if (inData) {
                    inData = !line.equals(".");
                    continue;
                }
                if (line.length() < 4) {
                    continue; // malformed; keep it in the message and read on
                }
                char separator = line.charAt(3);
                if (separator == '+') {
                    inData = true;
                } else if (separator == ' ') {
                    ControlReply complete = new ControlReply(message);
                    if (complete.isEvent()) {
                        events.add(complete);
                    } else {
                        replies.add(complete);
                    }
                    message = new ArrayList<>();
                }
            }
        } catch (IOException e) {
            // socket closed
        } finally {
            replies.add(CONNECTION_CLOSED);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }
}
