package org.torconformance.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A single-threaded event loop over non-blocking sockets, the way tor runs: every connection, timer
 * and piece of model state is touched only by this thread, so nothing needs a lock and ordering is
 * deterministic. Other threads hand work in with {@link #execute} or {@link #call}.
 *
 * <p>After each round of I/O, tasks and timers, the {@link #afterEachRound} hooks run; the control
 * port uses one to flush queued events, which is why an event caused by a command is written after
 * that command's reply (and after the replies of other commands read in the same round), as tor does.
 */
public final class Reactor implements AutoCloseable {
    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final List<Runnable> roundHooks = new ArrayList<>();
    private final List<Consumer<Throwable>> failureListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Long, Connection> connections = new HashMap<>();
    private final List<Connection> toFlush = new ArrayList<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(64 * 1024);
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean running = true;
    private long nextConnectionId = 1;
    private long timerSequence;

    public Reactor(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop thread, soon. Safe from any thread. */
    public void execute(Runnable task) {
        tasks.add(task);
        if (!inLoop() && wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    /** Runs {@code task} on the loop and waits for its result (directly, when already on the loop). */
    public <T> T call(Callable<T> task) {
        if (inLoop()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the reactor", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("reactor did not answer within 30 s", e);
        }
    }

    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** A task that runs after {@code delay}; must be called on the loop. */
    public Timer schedule(Duration delay, Runnable task) {
        assertInLoop();
        Timer t = new Timer(System.nanoTime() + delay.toNanos(), timerSequence++, task);
        timers.add(t);
        return t;
    }

    /** Runs {@code hook} after every round of the loop; must be called on the loop. */
    public void afterEachRound(Runnable hook) {
        assertInLoop();
        roundHooks.add(hook);
    }

    /** Listens on a loopback TCP port (0 picks a free one). */
    public Listener listenTcp(InetSocketAddress address, Supplier<ConnectionHandler> handlers) {
        return call(() -> {
            ServerSocketChannel ch = ServerSocketChannel.open();
            ch.bind(address, 1024);
            return register(ch, handlers);
        });
    }

    /** Listens on a Unix domain socket at {@code path}, replacing a stale socket file. */
    public Listener listenUnix(java.nio.file.Path path, Supplier<ConnectionHandler> handlers) {
        return call(() -> {
            Listener.deleteQuietly(path);
            ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            ch.bind(UnixDomainSocketAddress.of(path), 1024);
            return register(ch, handlers);
        });
    }

    private Listener register(ServerSocketChannel ch, Supplier<ConnectionHandler> handlers) throws IOException {
        ch.configureBlocking(false);
        Listener l = new Listener(this, ch, handlers);
        ch.register(selector, SelectionKey.OP_ACCEPT, l);
        return l;
    }

    /**
     * Opens an outgoing connection; {@code onResult} gets the connection once connected (its
     * handler already attached), or the failure. Must be called on the loop.
     */
    public void connect(SocketAddress address, ConnectionHandler handler, Consumer<Object> onResult) {
        assertInLoop();
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open(address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX
                    : StandardProtocolFamily.INET);
            ch.configureBlocking(false);
            Connection c = new Connection(this, ch, nextConnectionId++);
            SelectionKey key = ch.register(selector, 0, new PendingConnect(c, handler, onResult));
            c.attach(key, handler);
            if (ch.connect(address)) {
                finishConnect(key);
            } else {
                key.interestOps(SelectionKey.OP_CONNECT);
            }
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            onResult.accept(e);
        }
    }

    private record PendingConnect(Connection connection, ConnectionHandler handler, Consumer<Object> onResult) {
    }

    public int connectionCount() {
        return call(connections::size);
    }

    /** Called by a connection when it stages its first bytes of the round. */
    void flushAtEndOfRound(Connection c) {
        toFlush.add(c);
    }

    private void flushConnections() {
        for (int i = 0; i < toFlush.size(); i++) {
            Connection c = toFlush.get(i);
            guarded(c, c::flushStaged);
        }
        toFlush.clear();
    }

    void forget(Connection c) {
        connections.remove(c.id());
    }

    private void loop() {
        try {
            while (running) {
                long timeoutMillis = tasks.isEmpty() ? nextTimerDelayMillis() : -1;
                if (timeoutMillis < 0) {
                    selector.selectNow();
                } else {
                    selector.select(timeoutMillis);
                }
                wakeupPending.set(false);
                handleSelected();
                runTasks();
                runTimers();
                for (Runnable hook : roundHooks) {
                    guarded(hook);
                }
                flushConnections();
            }
        } catch (ClosedSelectorException | IOException e) {
            // shutting down
        } finally {
            for (Connection c : new ArrayList<>(connections.values())) {
                c.close();
            }
            for (SelectionKey k : selector.keys()) {
                try {
                    k.channel().close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                if (k.attachment() instanceof Listener l && l.address() instanceof UnixDomainSocketAddress unix) {
                    Listener.deleteQuietly(unix.getPath());
                }
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            stopped.complete(null);
        }
    }

    private void handleSelected() {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (!key.isValid()) {
                continue;
            }
            Object att = key.attachment();
            if (att instanceof Listener l) {
                accept(l);
            } else if (att instanceof PendingConnect) {
                finishConnect(key);
            } else if (att instanceof Connection c) {
                guarded(c, () -> {
                    if (key.isValid() && key.isWritable()) {
                        c.onWritable();
                    }
                    if (key.isValid() && key.isReadable()) {
                        c.onReadable(scratch);
                    }
                });
            }
        }
    }

    private void accept(Listener l) {
        for (int i = 0; i < 64; i++) {
            SocketChannel ch;
            try {
                ch = l.channel().accept();
            } catch (IOException e) {
                return;
            }
            if (ch == null) {
                return;
            }
            try {
                ch.configureBlocking(false);
                if (ch.supportedOptions().contains(java.net.StandardSocketOptions.TCP_NODELAY)) {
                    ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                }
                Connection c = new Connection(this, ch, nextConnectionId++);
                ConnectionHandler h = l.handlers().get();
                c.attach(ch.register(selector, SelectionKey.OP_READ, c), h);
                connections.put(c.id(), c);
                guarded(c, () -> h.onOpen(c));
            } catch (IOException e) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // gone
                }
            }
        }
    }

    private void finishConnect(SelectionKey key) {
        PendingConnect p = (PendingConnect) key.attachment();
        Connection c = p.connection();
        try {
            SocketChannel ch = (SocketChannel) key.channel();
            if (ch.isConnectionPending()) {
                ch.finishConnect();
            }
            key.attach(c);
            key.interestOps(SelectionKey.OP_READ);
            connections.put(c.id(), c);
            guarded(c, () -> p.onResult().accept(c));
            guarded(c, () -> p.handler().onOpen(c));
        } catch (IOException e) {
            key.cancel();
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // gone
            }
            guarded(() -> p.onResult().accept(e));
        }
    }

    private void runTasks() {
        for (int i = tasks.size(); i > 0; i--) {
            Runnable r = tasks.poll();
            if (r == null) {
                break;
            }
            guarded(r);
        }
    }

    private void runTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().due - now <= 0) {
            Timer t = timers.poll();
            if (!t.cancelled) {
                guarded(t.task);
            }
        }
    }

    private long nextTimerDelayMillis() {
        while (!timers.isEmpty() && timers.peek().cancelled) {
            timers.poll();
        }
        if (timers.isEmpty()) {
            return 0;
        }
        long nanos = timers.peek().due - System.nanoTime();
        return nanos <= 0 ? -1 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
    }

    /**
     * Hears about every exception a handler, task or timer threw (each is also logged): a mock that
     * keeps running after a bug must not hide it, so tests and the fuzzer turn these into failures.
     */
    public void addFailureListener(Consumer<Throwable> listener) {
        failureListeners.add(listener);
    }

    /** A failure in one handler closes that connection; it never stops the loop. */
    private void guarded(Connection c, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("mock-tor: error on " + c + ", closing it: " + e);
            failed(e);
            c.close();
        }
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("mock-tor: error in reactor task: " + e);
            failed(e);
        }
    }

    private void failed(Throwable e) {
        for (Consumer<Throwable> l : failureListeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ignored) {
                // a listener's own failure must not stop the loop either
            }
        }
    }

    private void assertInLoop() {
        if (!inLoop()) {
            throw new IllegalStateException("must run on the reactor thread");
        }
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        selector.wakeup();
        if (!inLoop()) {
            try {
                stopped.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // best effort
            }
        }
    }

    /** A scheduled task; cancel it to skip it. */
    public static final class Timer implements Comparable<Timer> {
        private final long due;
        private final long sequence;
        private Runnable task;
        private boolean cancelled;

        Timer(long due, long sequence, Runnable task) {
            this.due = due;
            this.sequence = sequence;
            this.task = task;
        }

        /**
         * The timer stays queued until it would have fired, but lets go of its task now: a task
         * holds its connection, and a two-minute SocksTimeout would otherwise keep every closed
         * SOCKS connection alive that long.
         */
        public void cancel() {
            cancelled = true;
            task = null;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(due - o.due, 0);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
