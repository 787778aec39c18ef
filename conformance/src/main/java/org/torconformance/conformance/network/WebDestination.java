package org.torconformance.conformance.network;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The HTTP server network cases reach by hostname ({@code web.test}, which the private network's DNS
 * stub and the mock's routes send to 127.0.0.1): a WireMock server on 127.0.0.1. What a case checks
 * arrived intact is read from WireMock's request journal. It answers {@code ?size=N} with
 * {@link Payload#bytes}{@code (N, N)} and anything else with {@link #SHORT_ANSWER}.
 */
public final class WebDestination implements AutoCloseable {
    public static final String HOST = "web.test";
    public static final byte[] SHORT_ANSWER = "hello from the destination\n".getBytes(StandardCharsets.US_ASCII);

    private final Object arrivals = new Object();
    private final WireMockServer server;

    private WebDestination() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .notifier(new ConsoleNotifier(false))
                // the cases' own small HTTP client reads Content-Length bodies only
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .extensions(new SizedAnswers(), new Arrivals()));
    }

    public static WebDestination start() {
        WebDestination d = new WebDestination();
        d.server.start();
        d.server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok()));
        return d;
    }

    public int port() {
        return server.port();
    }

    /** What the destination answers a request with this query string. */
    public static byte[] answerFor(String query) {
        if (query != null && query.startsWith("size=")) {
            int n = Integer.parseInt(query.substring(5));
            return Payload.bytes(n, n);
        }
        return SHORT_ANSWER.clone();
    }

    /** Every request WireMock's journal holds, oldest first. */
    public List<ReceivedRequest> received() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(e -> received(e.getRequest())).toList();
    }

    private static ReceivedRequest received(LoggedRequest r) {
        String host = Optional.ofNullable(r.getHeader("Host")).orElse("");
        return new ReceivedRequest(r.getMethod().getName(), r.getUrl(), host, r.getBody());
    }

    /** The first request that matches, waiting up to {@code bound}. */
    public Optional<ReceivedRequest> await(Predicate<ReceivedRequest> match, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (arrivals) {
            while (true) {
                Optional<ReceivedRequest> r = received().stream().filter(match).findFirst();
                long left = deadline - System.nanoTime();
                if (r.isPresent() || left <= 0) {
                    return r;
                }
                try {
                    arrivals.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** {@code ?size=N}: N bytes of {@link Payload}, computed per request. */
    private static final class SizedAnswers implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String query = URI.create(event.getRequest().getUrl()).getRawQuery();
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withBody(answerFor(query)).build();
        }

        @Override
        public String getName() {
            return "sized-answers";
        }
    }

    /** Wakes {@link #await} when a request has been journalled and answered. */
    private final class Arrivals implements ServeEventListener {
        @Override
        public void afterComplete(ServeEvent event, Parameters parameters) {
            synchronized (arrivals) {
                arrivals.notifyAll();
            }
        }

        @Override
        public String getName() {
            return "arrivals";
        }
    }
}
