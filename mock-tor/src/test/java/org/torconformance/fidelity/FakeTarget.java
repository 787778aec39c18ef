package org.torconformance.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.torconformance.wire.ByteString;

/** A scripted control port on 127.0.0.1 for testing the runner against misbehaving targets. */
final class FakeTarget implements Target {
    /** Serves one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket s) throws IOException;
    }

    private final Side side;
    private final ServerSocket server;
    private volatile boolean alive = true;

    FakeTarget(Side side, Behaviour behaviour) {
        this.side = side;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> {
                        try (s) {
                            behaviour.serve(s);
                        } catch (IOException ignored) {
                            // the runner closed the connection
                        }
                    }, "fake-target-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake-target");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers each line with {@code answer.apply(line)} (Latin-1); closes if the answer is null. */
    static Behaviour lines(Function<String, String> answer) {
        return s -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                String a = answer.apply(line);
                if (a == null) {
                    return;
                }
                out.write(a.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        };
    }

    static Behaviour ok() {
        return lines(line -> "250 OK\r\n");
    }

    /** Acts like a crash: the port closes and the target reports itself dead. */
    void kill() {
        alive = false;
        closeServer();
    }

    /** Closes the port but still claims to be alive, as a wedged process would. */
    void refuseConnections() {
        closeServer();
    }

    private void closeServer() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public Side side() {
        return side;
    }

    @Override
    public int controlPort() {
        return server.getLocalPort();
    }

    @Override
    public TargetFacts facts() {
        return new TargetFacts(side, "/nonexistent-" + side, Set.of(controlPort()), ProcessHandle.current().pid(),
                Optional.empty(), Optional.empty());
    }

    @Override
    public ByteString authenticateCommand() {
        return ByteString.latin1("AUTHENTICATE\r\n");
    }

    @Override
    public Optional<Path> cookieFile() {
        return Optional.empty();
    }

    @Override
    public boolean isAlive() {
        return alive;
    }

    @Override
    public void close() {
        closeServer();
    }
}
