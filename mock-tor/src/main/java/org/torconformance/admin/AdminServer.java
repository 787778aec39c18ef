package org.torconformance.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.torconformance.MockTor;
import org.torconformance.cli.Json;
import org.torconformance.cli.Version;
import org.torconformance.control.FaultPolicy;
import org.torconformance.journal.JournalEntry;
import org.torconformance.transcript.Transcript;
import org.torconformance.transcript.TranscriptFormatException;
import org.torconformance.transcript.TranscriptReport;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;

/**
 * The HTTP admin API under {@code /__admin/}, WireMock-style, on 127.0.0.1 only: health, the
 * journal (read, reset, count, wait for a command), transcripts (load, list with their reports),
 * events (push), canned replies, and fault policies. JSON in and out; documented in the README.
 */
public final class AdminServer implements AutoCloseable {
    private final HttpServer server;
    private final MockTor mock;

    private AdminServer(MockTor mock, int port) throws IOException {
        this.mock = mock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mock-tor-admin");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/__admin/", this::handle);
        server.start();
    }

    public static AdminServer start(MockTor mock, int port) throws IOException {
        return new AdminServer(mock, port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Response(int status, String contentType, byte[] body) {
        static Response json(int status, JsonNode node) {
            return new Response(status, "application/json", Json.line(node).getBytes(StandardCharsets.UTF_8));
        }

        static Response error(int status, String message) {
            return json(status, Json.object().put("error", message));
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Response r;
        try {
            r = route(ex.getRequestMethod(), ex.getRequestURI(), ex.getRequestBody().readAllBytes());
        } catch (BadRequest e) {
            r = Response.error(400, e.getMessage());
        } catch (RuntimeException e) {
            r = Response.error(500, e.toString());
        }
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(r.body());
        }
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private Response route(String method, URI uri, byte[] body) {
        String path = uri.getPath().substring("/__admin".length());
        Map<String, String> query = query(uri);
        return switch (method + " " + path) {
            case "GET /health" -> Response.json(200, Json.object().put("status", "ok")
                    .put("version", Version.project()).put("controlPort", mock.controlPort()));
            case "GET /journal" -> {
                ArrayNode a = Json.MAPPER.createArrayNode();
                JournalJson.Streams streams = new JournalJson.Streams();
                mock.journal().entries().forEach(e -> a.add(JournalJson.entry(e, streams)));
                yield Response.json(200, Json.object().put("dropped", mock.journal().dropped()).set("entries", a));
            }
            case "DELETE /journal" -> {
                mock.journal().reset();
                yield new Response(204, "text/plain", new byte[0]);
            }
            case "GET /journal/commands" -> {
                ArrayNode a = Json.MAPPER.createArrayNode();
                for (JournalEntry.CommandReceived c : mock.journal().commands()) {
                    if (!query.containsKey("keyword") || c.command().is(query.get("keyword"))) {
                        a.add(JournalJson.command(c.command()).put("connection", c.connection()).put("nanos", c.nanos()));
                    }
                }
                yield Response.json(200, a);
            }
            case "GET /journal/count" -> Response.json(200, Json.object().put("count", mock.journal().count(required(query, "keyword"))));
            case "POST /journal/wait" -> {
                JsonNode req = json(body);
                String keyword = text(req, "keyword");
                long timeout = req.path("timeoutMs").asLong(5000);
                Optional<Command> c = mock.journal().awaitCommand(keyword, Duration.ofMillis(Math.min(timeout, 600_000)));
                yield c.map(cmd -> Response.json(200, JournalJson.command(cmd)))
                        .orElseGet(() -> Response.error(408, "no " + keyword + " within " + timeout + " ms"));
            }
            case "POST /transcripts" -> {
                try {
                    Transcript t = Transcript.parse(new String(body, StandardCharsets.UTF_8));
                    mock.enqueue(t);
                    yield Response.json(201, Json.object().put("steps", t.steps().size()));
                } catch (TranscriptFormatException e) {
                    throw new BadRequest("transcript: " + e.getMessage());
                }
            }
            case "GET /transcripts" -> {
                ObjectNode o = Json.object().put("pending", mock.transcripts().pending().size());
                ArrayNode reports = o.putArray("reports");
                for (TranscriptReport r : mock.transcripts().reports()) {
                    reports.add(JournalJson.report(r));
                }
                yield Response.json(200, o);
            }
            case "DELETE /transcripts" -> {
                mock.transcripts().clear();
                yield new Response(204, "text/plain", new byte[0]);
            }
            case "POST /events" -> {
                ByteString raw = wireBytes(body);
                String type = eventType(raw);
                mock.publishRaw(type, raw);
                yield Response.json(202, Json.object().put("type", type));
            }
            case "POST /replies" -> {
                JsonNode req = json(body);
                ByteString raw = ByteString.utf8(text(req, "reply"));
                Optional<String> keyword = Optional.ofNullable(req.get("keyword")).map(JsonNode::asText);
                if (keyword.isPresent()) {
                    mock.enqueueRaw(keyword.get(), raw);
                } else {
                    mock.enqueue(onlyReply(raw));
                }
                yield Response.json(201, Json.object().put("queued", true));
            }
            case "POST /faults" -> {
                JsonNode req = json(body);
                try {
                    FaultPolicy p = new FaultPolicy(req.path("sliceSize").asInt(0), Duration.ofMillis(req.path("sliceGapMs").asLong(0)),
                            Duration.ofMillis(req.path("delayMs").asLong(0)), req.path("disconnectAfterCommands").asInt(0),
                            req.path("reset").asBoolean(false));
                    mock.setFaultPolicy(p);
                    yield Response.json(200, Json.object().put("sliceSize", p.sliceSize()).put("sliceGapMs", p.sliceGap().toMillis())
                            .put("delayMs", p.delay().toMillis()).put("disconnectAfterCommands", p.disconnectAfterCommands())
                            .put("reset", p.reset()));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
            }
            case "DELETE /faults" -> {
                mock.setFaultPolicy(FaultPolicy.NONE);
                yield new Response(204, "text/plain", new byte[0]);
            }
            default -> Response.error(404, "no such admin endpoint: " + method + " " + path);
        };
    }

    /** Event and reply bodies are wire text; a bare LF ending a line is taken as CRLF for convenience. */
    private static ByteString wireBytes(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
        if (!s.endsWith("\r\n")) {
            s += "\r\n";
        }
        return ByteString.utf8(s);
    }

    private static String eventType(ByteString raw) {
        if (raw.length() < 5 || raw.at(0) != '6') {
            throw new BadRequest("an event starts with a 6xx status line, e.g. 650 CIRC 1 BUILT");
        }
        String first = raw.latin1().substring(4);
        int end = 0;
        while (end < first.length() && first.charAt(end) != ' ' && first.charAt(end) != '\r') {
            end++;
        }
        return first.substring(0, end);
    }

    private static Reply onlyReply(ByteString raw) {
        ReplyDecoder d = new ReplyDecoder();
        byte[] b = raw.toByteArray();
        var frames = d.feed(b);
        if (frames.size() != 1 || !(frames.get(0) instanceof Reply r) || !d.isIdle()) {
            throw new BadRequest("reply must be exactly one well-formed reply (use keyword + raw bytes for malformed ones)");
        }
        return r;
    }

    private static JsonNode json(byte[] body) {
        try {
            return Json.MAPPER.readTree(body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body);
        } catch (IOException e) {
            throw new BadRequest("body is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new BadRequest("missing string field '" + field + "'");
        }
        return v.asText();
    }

    private static String required(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null) {
            throw new BadRequest("missing query parameter '" + name + "'");
        }
        return v;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String q = uri.getRawQuery();
        if (q != null) {
            for (String kv : q.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    out.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
                }
            }
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

}
