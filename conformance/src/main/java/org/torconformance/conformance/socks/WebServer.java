package org.torconformance.conformance.socks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The destination of the SOCKS client cases: the JDK's small HTTP server on 127.0.0.1, answering the paths
 * a case gives it (404 otherwise) and recording every request it got.
 */
public final class WebServer implements AutoCloseable {
    /** A request as the server saw it. */
    public record Request(String method, String path, String host) {
    }

    private final HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private WebServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebServer start() {
        try {
            return new WebServer(HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the web server on 127.0.0.1", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void answer(String path, String body) {
        bodies.put(path, body);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(exchange.getRequestMethod(), path, String.valueOf(exchange.getRequestHeaders().getFirst("Host"))));
        String body = bodies.get(path);
        byte[] bytes = (body == null ? "no such page" : body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
