package org.torconformance.socks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: a blocking TCP server on 127.0.0.1 standing in for what a stream reaches. It accepts
 * connections on a thread of its own and hands them to the test.
 */
final class Destination implements AutoCloseable {
    private final ServerSocket server;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    Destination() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        acceptor = new Thread(this::acceptLoop, "test-destination");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next connection the mock opened to us. */
    Socket accept() throws InterruptedException, IOException {
        Socket s = accepted.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new IOException("the mock did not connect to the destination");
        }
        s.setSoTimeout(10_000);
        return s;
    }

    /** Reads until EOF. */
    static byte[] readToEnd(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                accepted.add(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }
}
