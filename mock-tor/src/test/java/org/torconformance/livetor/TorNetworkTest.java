package org.torconformance.livetor;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** One private network for the whole class: starting it costs ~20 s. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TorNetworkTest {
    private static final String BODY = "hello through the private tor network\n";
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{40}");

    private Set<Long> childrenBefore;
    private HttpServer web;
    private TorNetwork network;

    @BeforeAll
    void startNetwork() throws IOException {
        childrenBefore = LiveTorLifecycleTest.childPids();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        web.start();
        network = TorNetwork.builder().bootstrapTimeout(Duration.ofSeconds(120)).start();
        System.out.println("TorNetworkTest: " + network.timings());
    }

    @AfterAll
    void stopNetwork() {
        if (network != null) {
            network.close();
        }
        if (web != null) {
            web.stop(0);
        }
    }

    @Test
    @Order(1)
    void theClientReportsBootstrapDone() {
        try (ControlConnection c = clientControl()) {
            String phase = c.send("GETINFO status/bootstrap-phase").firstLine();
            assertTrue(phase.contains("PROGRESS=100 TAG=done"), phase);
        }
        assertTrue(network.logTail("client", 200).stream().anyMatch(l -> l.contains("Bootstrapped 100% (done)")));
    }

    @Test
    @Order(2)
    void itDescribesItsNodes() {
        List<Authority> authorities = network.authorities();
        assertEquals(List.of("auth0", "auth1", "auth2"), authorities.stream().map(Authority::nickname).toList());
        assertEquals(3, authorities.stream().map(Authority::fingerprint).distinct().count());
        for (Authority a : authorities) {
            assertTrue(FINGERPRINT.matcher(a.fingerprint()).matches(), a.toString());
            assertTrue(FINGERPRINT.matcher(a.v3Identity()).matches(), a.toString());
            assertNotEquals(a.fingerprint(), a.v3Identity());
        }
        assertEquals(authorities.get(0), network.exit());
        assertEquals(List.of(), network.relays());
        Map<String, Long> pids = network.pids();
        assertEquals(List.of("auth0", "auth1", "auth2", "client"), List.copyOf(pids.keySet()));
        pids.values().forEach(pid -> assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        assertTrue(network.dnsStubPort() > 0);
        assertTrue(Files.isRegularFile(network.clientCookieFile()));
    }

    @Test
    @Order(3)
    void theConsensusListsTheAuthoritiesByTheirFingerprints() {
        try (ControlConnection c = clientControl()) {
            for (Authority a : network.authorities()) {
                ControlReply reply = c.send("GETINFO ns/id/" + a.fingerprint());
                assertTrue(reply.isOk(), reply.lines().toString());
                assertTrue(reply.lines().get(1).startsWith("r " + a.nickname() + " "), reply.lines().toString());
            }
        }
    }

    @Test
    @Order(4)
    void extendCircuitZeroBuildsACircuit() {
        try (ControlConnection c = clientControl()) {
            c.requireOk("SETEVENTS CIRC");
            String extended = c.requireOk("EXTENDCIRCUIT 0").firstLine();
            Matcher m = Pattern.compile("250 EXTENDED (\\d+)").matcher(extended);
            assertTrue(m.matches(), extended);
            String built = "650 CIRC " + m.group(1) + " BUILT ";
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    c.events().stream().anyMatch(e -> e.firstLine().startsWith(built)));
        }
    }

    @Test
    @Order(5)
    void socks5ConnectByHostnameReachesALoopbackServerThroughTheExit() throws IOException {
        String response = Socks5Probe.httpGetByHostname(
                network.clientSocksPort(), "web.test", web.getAddress().getPort(), "/");

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.endsWith("\r\n\r\n" + BODY), response);
        assertTrue(network.dnsQueries().stream().anyMatch("web.test"::equalsIgnoreCase), network.dnsQueries().toString());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closeStopsEveryProcessAndDeletesTheDirectory() {
        Map<String, Long> pids = network.pids();
        Path directory = network.directory();

        network.close();

        pids.forEach((name, pid) ->
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), name + " " + pid));
        assertEquals(childrenBefore, LiveTorLifecycleTest.childPids());
        assertFalse(Files.exists(directory), directory.toString());
    }

    private ControlConnection clientControl() {
        return ControlConnection.openWithCookie(network.clientControlPort(), network.clientCookieFile());
    }
}
