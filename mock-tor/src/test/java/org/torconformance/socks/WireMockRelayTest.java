package org.torconformance.socks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** HTTP through the mock's SOCKS port to WireMock: what WireMock receives is exactly what the client sent. */
class WireMockRelayTest {
    @Test
    @DisplayName("a POST with headers and a 200 KiB binary body arrives intact, and the binary response comes back intact")
    void postArrivesIntact() throws Exception {
        byte[] body = new byte[200 * 1024];
        new SplittableRandom(7).nextBytes(body);
        byte[] responseBody = new byte[96 * 1024];
        new SplittableRandom(11).nextBytes(responseBody);
        WireMockServer wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wiremock.start();
        try (MockTor mock = MockTor.builder().socksPort(0).socksRoute("api.test -> connect 127.0.0.1:" + wiremock.port())
                .start()) {
            wiremock.stubFor(post(urlEqualTo("/upload?kind=raw&n=1"))
                    .willReturn(aResponse().withStatus(201).withHeader("X-Reply", "yes").withBody(responseBody)));
            String head = "POST /upload?kind=raw&n=1 HTTP/1.1\r\n"
                    + "Host: api.test\r\n"
                    + "Content-Type: application/octet-stream\r\n"
                    + "X-Trace: abc 123 \"quoted\"\r\n"
                    + "X-Repeat: one\r\n"
                    + "X-Repeat: two\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            byte[] response;
            try (Socket s = new Socket(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", mock.socksPort())))) {
                s.setSoTimeout(10_000);
                s.connect(InetSocketAddress.createUnresolved("api.test", 80), 10_000);
                OutputStream out = s.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                InputStream in = s.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                response = all.toByteArray();
            }
            List<LoggedRequest> received = wiremock.findAll(com.github.tomakehurst.wiremock.client.WireMock
                    .anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
            assertEquals(1, received.size());
            LoggedRequest r = received.get(0);
            assertEquals("POST", r.getMethod().getName());
            assertEquals("/upload?kind=raw&n=1", r.getUrl());
            assertEquals("abc 123 \"quoted\"", r.getHeader("X-Trace"));
            assertEquals(List.of("one", "two"), r.getHeaders().getHeader("X-Repeat").values());
            assertEquals("application/octet-stream", r.getHeader("Content-Type"));
            assertArrayEquals(body, r.getBody());

            String text = new String(response, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 201"), text.substring(0, Math.min(80, text.length())));
            assertTrue(text.contains("X-Reply: yes"));
            int start = text.indexOf("\r\n\r\n") + 4;
            assertArrayEquals(responseBody, Arrays.copyOfRange(response, start, response.length));
        } finally {
            wiremock.stop();
        }
    }
}
