package org.torconformance.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Listens on 127.0.0.1, passes each controller connection through to a tor's control port, and
 * writes what passed as a transcript when the connection ends: the first connection to
 * {@code out}, the next to {@code out.2}, {@code out.3}, ... Upstream must be a loopback address.
 */
public final class RecordingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final Path out;
    private final Optional<String> title;
    private final Consumer<Path> onWritten;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Path> written = new ArrayList<>();
    private final Set<Relay> open = ConcurrentHashMap.newKeySet();

    private RecordingProxy(ServerSocket server, InetSocketAddress upstream, Path out, Optional<String> title,
            Consumer<Path> onWritten) {
        this.server = server;
        this.upstream = upstream;
        this.out = out;
        this.title = title;
        this.onWritten = onWritten;
    }

    /**
     * @param listenPort 0 picks a free port
     * @param onWritten  told of each transcript file once written (on a relay thread)
     */
    public static RecordingProxy start(InetSocketAddress upstream, int listenPort, Path out, Optional<String> title,
            Consumer<Path> onWritten) throws IOException {
        if (upstream.getAddress() == null || !upstream.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the recorder forwards to loopback addresses only, not " + upstream);
        }
        ServerSocket server = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
        RecordingProxy p = new RecordingProxy(server, upstream, out, title, onWritten);
        daemon("record-accept", p::acceptLoop).start();
        return p;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The transcript files written so far, in the order the connections ended. */
    public synchronized List<Path> written() {
        return List.copyOf(written);
    }

    /** Stops listening and ends open connections, writing their transcripts. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Relay r : List.copyOf(open)) {
            r.abort();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket controller = server.accept();
                int n = connections.incrementAndGet();
                Path file = n == 1 ? out : out.resolveSibling(out.getFileName() + "." + n);
                Relay r = new Relay(controller, file);
                open.add(r);
                r.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private synchronized void recordWritten(Path file) {
        written.add(file);
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** One controller connection and its upstream connection, with two pumps and one recorder. */
    private final class Relay {
        private final Socket controller;
        private final Path file;
        private final TranscriptRecorder recorder;
        private final CountDownLatch pumpsDone = new CountDownLatch(2);
        private final CountDownLatch finished = new CountDownLatch(1);
        private Socket tor;
        private volatile boolean aborted;

        Relay(Socket controller, Path file) {
            this.controller = controller;
            this.file = file;
            this.recorder = new TranscriptRecorder(Optional.of(title.orElse("recorded from tor at " + hostPort(upstream))));
        }

        void start() throws IOException {
            try {
                tor = new Socket(upstream.getAddress(), upstream.getPort());
            } catch (IOException e) {
                controller.close();
                open.remove(this);
                throw e;
            }
            daemon("record-from-controller", () -> pump(controller, tor, true)).start();
            daemon("record-from-tor", () -> pump(tor, controller, false)).start();
            daemon("record-finish", this::finishWhenDone).start();
        }

        /** Records each read before forwarding it, so a command is always written before tor's reply to it. */
        private void pump(Socket from, Socket to, boolean fromController) {
            byte[] buf = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream o = to.getOutputStream();
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    synchronized (recorder) {
                        if (fromController) {
                            recorder.fromController(buf, 0, n);
                        } else {
                            recorder.fromTor(buf, 0, n);
                        }
                    }
                    o.write(buf, 0, n);
                    o.flush();
                }
            } catch (IOException e) {
                // a reset or our own abort: the side is done either way
            } finally {
                if (!aborted) {
                    synchronized (recorder) {
                        if (fromController) {
                            recorder.controllerClosed();
                        } else {
                            recorder.torClosed();
                        }
                    }
                }
                try {
                    to.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
                pumpsDone.countDown();
            }
        }

        private void finishWhenDone() {
            try {
                pumpsDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeQuietly(controller);
            closeQuietly(tor);
            String text;
            synchronized (recorder) {
                text = recorder.transcript().write();
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                recordWritten(file);
                onWritten.accept(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            } finally {
                open.remove(this);
                finished.countDown();
            }
        }

        /** Ends the connection without recording a close, and waits until its transcript is written. */
        void abort() {
            aborted = true;
            closeQuietly(controller);
            closeQuietly(tor);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void closeQuietly(Socket s) {
            try {
                if (s != null) {
                    s.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
