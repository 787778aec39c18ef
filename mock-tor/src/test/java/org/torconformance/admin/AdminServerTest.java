package org.torconformance.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.cli.Json;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

class AdminServerTest {
    final HttpClient http = HttpClient.newHttpClient();

    record Res(int status, JsonNode body) {
    }

    Res call(AdminServer admin, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + "/__admin" + path))
                .timeout(Duration.ofSeconds(10));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Res(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
    }

    @Test
    void healthJournalTranscriptsEventsRepliesFaults() throws Exception {
        try (MockTor mock = MockTor.start(); AdminServer admin = AdminServer.start(mock, 0)) {
            assertEquals("ok", call(admin, "GET", "/health", null).body().get("status").asText());

            assertEquals(201, call(admin, "POST", "/replies", "{\"keyword\":\"GETINFO\",\"reply\":\"250-version=1.2.3\\r\\n250 OK\\r\\n\"}").status());
            CompletableFuture<Res> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return call(admin, "POST", "/journal/wait", "{\"keyword\":\"GETINFO\",\"timeoutMs\":5000}");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                c.command("AUTHENTICATE");
                assertEquals(Reply.builder().mid(250, "version=1.2.3").end(250, "OK"), c.command("GETINFO version"));
                Res w = waiting.get();
                assertEquals(200, w.status());
                assertEquals("version", w.body().get("arguments").asText());
                assertEquals(1, call(admin, "GET", "/journal/count?keyword=getinfo", null).body().get("count").asInt());
                assertEquals(2, call(admin, "GET", "/journal/commands", null).body().size());
                assertEquals(202, call(admin, "POST", "/events", "650 BW 9 9\n").status());
            }
            assertEquals(408, call(admin, "POST", "/journal/wait", "{\"keyword\":\"SIGNAL\",\"timeoutMs\":100}").status());
            assertEquals(400, call(admin, "POST", "/transcripts", "? nonsense").status());
            assertEquals(201, call(admin, "POST", "/transcripts", "> AUTHENTICATE\n< 250 OK\n").status());
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                c.command("AUTHENTICATE");
            }
            JsonNode reports = call(admin, "GET", "/transcripts", null).body().get("reports");
            assertEquals("matched", reports.get(0).get("outcomes").get(0).get("kind").asText());
            assertEquals(200, call(admin, "POST", "/faults", "{\"sliceSize\":1,\"sliceGapMs\":1}").status());
            assertEquals(400, call(admin, "POST", "/faults", "{\"sliceSize\":-1}").status());
            assertEquals(204, call(admin, "DELETE", "/faults", null).status());
            assertEquals(204, call(admin, "DELETE", "/journal", null).status());
            assertTrue(call(admin, "GET", "/journal", null).body().get("entries").isEmpty());
            assertEquals(404, call(admin, "GET", "/nope", null).status());
        }
    }
}
