package org.torconformance.socks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;

/**
 * Real SOCKS clients (curl, Java's java.net SOCKS support, torsocks) through the mock to WireMock on
 * 127.0.0.1. The journal must call each clean or a DNS leak for the right reason. No client here resolves
 * a name off this machine: curl --socks5 uses localhost (from /etc/hosts), Java resolves only localhost.
 */
class RealClientsTest {
    private static WireMockServer wiremock;
    private static MockTor mock;

    @BeforeAll
    static void start() {
        ExternalTool.require("curl");
        ExternalTool.require("torsocks");
        wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wiremock.start();
        wiremock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("hello from wiremock")));
        String toWiremock = "connect 127.0.0.1:" + wiremock.port();
        mock = MockTor.builder().socksPort(0)
                .socksRoute("web.test -> " + toWiremock)
                .socksRoute("*.onion -> " + toWiremock)
                .socksRoute("tor.test -> resolve 198.18.0.1")
                .socksRoute("198.18.0.1 -> " + toWiremock)
                .start();
    }

    @AfterAll
    static void stop() {
        if (mock != null) {
            mock.close();
        }
        if (wiremock != null) {
            wiremock.stop();
        }
    }

    @BeforeEach
    void reset() {
        mock.socksJournal().reset();
        wiremock.resetRequests();
    }

    private static ExternalTool.Result curl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("curl", "-sS", "--max-time", "10"));
        cmd.addAll(List.of(args));
        return ExternalTool.run(cmd, Map.of());
    }

    private static SocksJournalEntry.Request onlyRequest() {
        SocksJournalEntry.Request r = mock.socksJournal().awaitOutcome(x -> true, Duration.ofSeconds(5)).orElseThrow();
        assertEquals(1, mock.socksJournal().requests().size(), mock.socksJournal().requests().toString());
        return r;
    }

    @Test
    @DisplayName("curl --socks5-hostname sends the name: the request reaches WireMock and the journal is clean")
    void curlSocks5Hostname() throws Exception {
        ExternalTool.Result r = curl("--socks5-hostname", "127.0.0.1:" + mock.socksPort(), "http://web.test/h5");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("hello from wiremock", r.stdout());
        wiremock.verify(getRequestedFor(urlEqualTo("/h5")));
        SocksJournalEntry.Request j = onlyRequest();
        assertEquals(SocksRequest.SocksVersion.SOCKS5, j.version());
        assertEquals(SocksJournalEntry.AddressType.HOSTNAME, j.addressType());
        assertEquals("web.test", j.host());
        assertFalse(j.dnsLeak(), j.leakNote());
        assertEquals(new SocksOutcome.Connected(wiremock.port()), j.outcome());
    }

    @Test
    @DisplayName("curl --socks4a sends the name too: clean")
    void curlSocks4a() throws Exception {
        ExternalTool.Result r = curl("--socks4a", "127.0.0.1:" + mock.socksPort(), "http://web.test/h4a");
        assertEquals(0, r.exitCode(), r.stderr());
        wiremock.verify(getRequestedFor(urlEqualTo("/h4a")));
        SocksJournalEntry.Request j = onlyRequest();
        assertEquals(SocksRequest.SocksVersion.SOCKS4A, j.version());
        assertFalse(j.dnsLeak(), j.leakNote());
    }

    @Test
    @DisplayName("curl --socks5 resolves localhost itself and sends 127.0.0.1: flagged as a DNS leak")
    void curlSocks5Leaks() throws Exception {
        ExternalTool.Result r = curl("--socks5", "127.0.0.1:" + mock.socksPort(), "http://localhost:" + wiremock.port() + "/leak");
        assertEquals(0, r.exitCode(), r.stderr());
        wiremock.verify(getRequestedFor(urlEqualTo("/leak")));
        SocksJournalEntry.Request j = onlyRequest();
        assertEquals(SocksJournalEntry.AddressType.IPV4, j.addressType());
        assertEquals("127.0.0.1", j.host());
        assertTrue(j.dnsLeak(), j.leakNote());
        assertTrue(j.events().get(0).startsWith("DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=127.0.0.1:"), j.events().toString());
    }

    @Test
    @DisplayName("Java's SOCKS with an unresolved address sends the name (clean); a resolved one sends the address (leak)")
    void javaProxy() throws Exception {
        Proxy proxy = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", mock.socksPort()));
        assertEquals("hello from wiremock", httpGet(proxy, InetSocketAddress.createUnresolved("web.test", 80), "/unresolved"));
        SocksJournalEntry.Request clean = onlyRequest();
        assertEquals(SocksJournalEntry.AddressType.HOSTNAME, clean.addressType());
        assertFalse(clean.dnsLeak(), clean.leakNote());
        assertTrue(clean.credentials().isPresent(), "Java answers tor's USERNAME/PASSWORD choice with user.name");
        mock.socksJournal().reset();
        assertEquals("hello from wiremock", httpGet(proxy, new InetSocketAddress("localhost", wiremock.port()), "/resolved"));
        SocksJournalEntry.Request leak = onlyRequest();
        assertEquals(SocksJournalEntry.AddressType.IPV4, leak.addressType());
        assertTrue(leak.dnsLeak(), leak.leakNote());
        wiremock.verify(getRequestedFor(urlEqualTo("/unresolved")));
        wiremock.verify(getRequestedFor(urlEqualTo("/resolved")));
    }

    @Test
    @DisplayName("torsocks curl: names go through tor (RESOLVE, then CONNECT to the answer; onions by name), all clean")
    void torsocks() throws Exception {
        Path conf = Files.createTempFile("torsocks", ".conf");
        try {
            Files.writeString(conf, "TorAddress 127.0.0.1\nTorPort " + mock.socksPort() + "\n");
            Map<String, String> env = Map.of("TORSOCKS_CONF_FILE", conf.toString());
            ExternalTool.Result viaResolve = ExternalTool.run(List.of("torsocks", "curl", "-sS", "--max-time", "10",
                    "http://tor.test/via-resolve"), env);
            assertEquals(0, viaResolve.exitCode(), viaResolve.stderr());
            assertEquals("hello from wiremock", viaResolve.stdout());
            ExternalTool.Result onion = ExternalTool.run(List.of("torsocks", "curl", "-sS", "--max-time", "10",
                    "http://" + Requests.VALID_ONION + "/onion"), env);
            assertEquals(0, onion.exitCode(), onion.stderr());
            wiremock.verify(getRequestedFor(urlEqualTo("/via-resolve")));
            wiremock.verify(getRequestedFor(urlEqualTo("/onion")));
        } finally {
            Files.deleteIfExists(conf);
        }
        List<SocksJournalEntry.Request> all = mock.socksJournal().requests();
        // torsocks resolves through tor (its RESOLVE carries port 42), then CONNECTs to the answer, written as
        // text in the hostname field; onion names go to tor as names.
        List<String> seen = all.stream().map(r -> r.command() + " " + r.host()
                + (r.command().equals(SocksCommand.CONNECT) ? ":" + r.port() : "")).toList();
        assertEquals(List.of("RESOLVE tor.test", "CONNECT 198.18.0.1:80", "CONNECT " + Requests.VALID_ONION + ":80"),
                seen, all.toString());
        assertTrue(all.stream().noneMatch(SocksJournalEntry.Request::dnsLeak), all.toString());
        assertEquals(SocksCommand.RESOLVE, all.get(0).command());
    }

    /** A GET over a socket made through {@code proxy}, with Java's own SOCKS client doing the handshake. */
    private static String httpGet(Proxy proxy, InetSocketAddress target, String path) throws IOException {
        try (Socket s = new Socket(proxy)) {
            s.setSoTimeout(10_000);
            s.connect(target, 10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + target.getHostString() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
