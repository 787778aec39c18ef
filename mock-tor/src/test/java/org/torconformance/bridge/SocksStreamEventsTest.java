package org.torconformance.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.bridge.Bridged.ISO;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.client.RawControlClient;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.ReplyLine;

/** SOCKS streams announced on the control port as tor announces them, with bytes flowing end to end. */
class SocksStreamEventsTest {

    @Test
    @DisplayName("SOCKS5 CONNECT with credentials: NEW .. SUCCEEDED, the page, STREAM_BW, CLOSED by the server")
    void socks5ConnectWithCredentials() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greetingWithPassword("user", "p\"ss"), SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
            assertEquals("0100" + "05000001000000000000", c.read(12), "auth status, then success once connected");
            byte[] request = HttpDestination.request("web.test");
            c.send(request);
            String page = new String(c.readAll(), StandardCharsets.ISO_8859_1);
            assertTrue(page.startsWith("HTTP/1.1 200 OK") && page.endsWith(HttpDestination.BODY), page);

            long id = m.log.awaitNew("web.test:80");
            m.log.awaitStream(id, "CLOSED");
            String creds = "SOCKS_USERNAME=\"user\" SOCKS_PASSWORD=\"p\\\"ss\" " + ISO;
            assertEquals(List.of(
                    "STREAM " + id + " NEW 0 web.test:80 SOURCE_ADDR=127.0.0.1:" + c.localPort() + " PURPOSE=USER " + creds,
                    "STREAM " + id + " SENTCONNECT 1 web.test:80 " + creds,
                    "STREAM " + id + " REMAP 1 127.0.0.1:80 SOURCE=EXIT " + creds,
                    "STREAM " + id + " SUCCEEDED 1 127.0.0.1:80 " + creds,
                    "STREAM " + id + " CLOSED 1 127.0.0.1:80 REASON=END REMOTE_REASON=DONE " + creds),
                    m.log.stream(id));
            long[] bytes = m.log.streamBandwidth(id);
            assertEquals(request.length, bytes[0], "STREAM_BW: bytes read from the application");
            assertEquals(page.length(), bytes[1], "STREAM_BW: bytes written to the application");

            try (RawControlClient control = RawControlClient.connect(m.tor.controlPort())) {
                control.send("AUTHENTICATE\r\nGETINFO traffic/written traffic/read\r\n");
                control.nextReply(Duration.ofSeconds(5)).orElseThrow();
                List<ReplyLine> lines = control.nextReply(Duration.ofSeconds(5)).orElseThrow().lines();
                // whole 514-byte cells, at least enough for the bytes; a partly filled cell per chunk relayed
                long written = Long.parseLong(lines.get(0).text().latin1().replace("traffic/written=", ""));
                long read = Long.parseLong(lines.get(1).text().latin1().replace("traffic/read=", ""));
                assertTrue(written % 514 == 0 && written >= (request.length + 497) / 498 * 514, "traffic/written " + written);
                assertTrue(read % 514 == 0 && read >= (page.length() + 497) / 498 * 514, "traffic/read " + read);
            }
        }
    }

    @Test
    @DisplayName("SOCKS4a CONNECT keeps the name's case in NEW; the user id is SOCKS_USERNAME; the client's close is DONE")
    void socks4aConnect() throws Exception {
        try (Bridged m = Bridged.start()) {
            int port;
            try (SocksClient c = m.client()) {
                port = c.localPort();
                c.send(SocksClient.socks4a(SocksCommand.CONNECT, "Web.TEST", 80, "bob"));
                assertEquals("005a000000000000", c.read(8));
            }
            long id = m.log.awaitNew("Web.TEST:80");
            m.log.awaitStream(id, "CLOSED");
            String iso = "SOCKS_USERNAME=\"bob\" " + ISO.replace("SOCKS5", "SOCKS4");
            assertEquals(List.of(
                    "STREAM " + id + " NEW 0 Web.TEST:80 SOURCE_ADDR=127.0.0.1:" + port + " PURPOSE=USER " + iso,
                    "STREAM " + id + " SENTCONNECT 1 web.test:80 " + iso,
                    "STREAM " + id + " REMAP 1 127.0.0.1:80 SOURCE=EXIT " + iso,
                    "STREAM " + id + " SUCCEEDED 1 127.0.0.1:80 " + iso,
                    "STREAM " + id + " CLOSED 1 127.0.0.1:80 REASON=DONE " + iso),
                    m.log.stream(id));
        }
    }

    @Test
    @DisplayName("RESOLVE: NEWRESOLVE with PURPOSE=DNS_REQUEST, the exit's answer, and no ADDRMAP (tor caches no SOCKS answer)")
    void resolve() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.RESOLVE, "web.test", 0));
            assertEquals("0500" + "05000001" + "7f000001" + "0000", c.readToEnd());
            long id = m.log.awaitNew("web.test:0");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEWRESOLVE 0 web.test:0 SOURCE_ADDR=127.0.0.1:" + c.localPort()
                            + " PURPOSE=DNS_REQUEST " + ISO,
                    "STREAM " + id + " SENTRESOLVE 1 web.test:0 " + ISO,
                    "STREAM " + id + " REMAP 1 127.0.0.1:0 SOURCE=EXIT " + ISO,
                    "STREAM " + id + " CLOSED 1 127.0.0.1:0 REASON=DONE " + ISO),
                    m.log.stream(id));
            assertTrue(m.log.all().stream().noneMatch(e -> e.startsWith("ADDRMAP")), m.log.all().toString());
        }
    }

    @Test
    @DisplayName("RESOLVE_PTR answers the name whose rule resolves to the address")
    void resolvePtr() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting(), SocksClient.socks5(SocksCommand.RESOLVE_PTR, SocksAddress.ipv4(127, 0, 0, 1), 0));
            assertEquals("0500" + "05000003" + "08" + "7765622e74657374" + "0000", c.readToEnd());
            long id = m.log.awaitNew("127.0.0.1:0");
            m.log.awaitStream(id, "CLOSED");
            assertEquals(List.of(
                    "STREAM " + id + " NEWRESOLVE 0 127.0.0.1:0 SOURCE_ADDR=127.0.0.1:" + c.localPort()
                            + " PURPOSE=DNS_REQUEST " + ISO,
                    "STREAM " + id + " SENTRESOLVE 1 127.0.0.1:0 " + ISO,
                    "STREAM " + id + " REMAP 1 web.test:0 SOURCE=EXIT " + ISO,
                    "STREAM " + id + " CLOSED 1 web.test:0 REASON=DONE " + ISO),
                    m.log.stream(id));
        }
    }

    @Test
    @DisplayName("Java's own SOCKS client (java.net.Proxy) reaches the page; it sends the OS user name, so tor isolates by it")
    void javaProxyClient() throws Exception {
        try (Bridged m = Bridged.start()) {
            Proxy proxy = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(InetAddress.getLoopbackAddress(), m.tor.socksPort()));
            String page;
            try (Socket s = new Socket(proxy)) {
                s.connect(InetSocketAddress.createUnresolved("web.test", 80), 10_000);
                s.getOutputStream().write(HttpDestination.request("web.test"));
                page = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertTrue(page.endsWith(HttpDestination.BODY), page);
            long id = m.log.awaitNew("web.test:80");
            String name = System.getProperty("user.name", "");
            String user = name.isEmpty() ? "" : "SOCKS_USERNAME=" + EscForLog.escape(name).latin1() + " ";
            assertEquals("STREAM " + id + " CLOSED 1 127.0.0.1:80 REASON=END REMOTE_REASON=DONE " + user + ISO,
                    m.log.awaitStream(id, "CLOSED"));
        }
    }

    @Test
    @DisplayName("a controller's RESOLVE asks the same exits: the route answers, as ADDRMAP")
    void controllerResolveUsesTheRoutes() throws Exception {
        try (Bridged m = Bridged.start()) {
            assertEquals("250 OK\r\n", m.log.command("RESOLVE web.test"));
            String addrmap = m.log.await(e -> e.startsWith("ADDRMAP web.test "));
            assertTrue(addrmap.startsWith("ADDRMAP web.test 127.0.0.1 \""), addrmap);
        }
    }

    @Test
    @DisplayName("stream-status lists an open SOCKS stream; its id was taken at accept, from the controller's counter")
    void streamStatusAndIds() throws Exception {
        try (Bridged m = Bridged.start(); SocksClient c = m.client()) {
            c.send(SocksClient.greeting());
            assertEquals("0500", c.read(2));
            m.log.command("RESOLVE after.example");
            long lookup = m.log.awaitNew("after.example:0");
            c.send(SocksClient.socks5(SocksCommand.CONNECT, "web.test", 80));
            assertEquals("05000001000000000000", c.read(10));
            long id = m.log.awaitNew("web.test:80");
            assertEquals(lookup - 1, id, "accepted before the lookup began, the SOCKS connection has the id before it");
            m.log.awaitStream(id, "SUCCEEDED");
            // circuit 1 took the controller's lookup, whose session group isolates it from SOCKS streams
            assertEquals("250-stream-status=" + id + " SUCCEEDED 2 127.0.0.1:80\r\n250 OK\r\n",
                    m.log.command("GETINFO stream-status"));
        }
    }
}
