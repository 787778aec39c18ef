package org.torconformance.conformance.network;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The HTTP server network cases reach by hostname ({@code web.test}, which the private network's DNS
 * stub and the mock's routes send to 127.0.0.1). It records every request it receives, so a case
 * checks on the destination that its request arrived intact. It answers {@code ?size=N} with
 * {@link Payload#bytes}{@code (N, N)} and anything else with {@link #SHORT_ANSWER}.
 */
public final class WebDestination implements AutoCloseable {
    public static final String HOST = "web.test";
    public static final byte[] SHORT_ANSWER = "hello from the destination\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final List<ReceivedRequest> received = new ArrayList<>();

    private WebDestination(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    public static WebDestination start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            ExecutorService handlers = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "web-destination");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(handlers);
            WebDestination d = new WebDestination(server, handlers);
            server.createContext("/", d::handle);
            server.start();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the web destination on 127.0.0.1", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
            record(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(), host, body));
            byte[] answer = answerFor(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /** What the destination answers a request with this query string. */
    public static byte[] answerFor(String query) {
        if (query != null && query.startsWith("size=")) {
            int n = Integer.parseInt(query.substring(5));
            return Payload.bytes(n, n);
        }
        return SHORT_ANSWER.clone();
    }

    private synchronized void record(ReceivedRequest r) {
        received.add(r);
        notifyAll();
    }

    public synchronized List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    /** The first request that matches, waiting up to {@code bound}. */
    public synchronized Optional<ReceivedRequest> await(Predicate<ReceivedRequest> match, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            Optional<ReceivedRequest> r = received.stream().filter(match).findFirst();
            long left = deadline - System.nanoTime();
            if (r.isPresent() || left <= 0) {
                return r;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
