package org.torconformance.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.torconformance.MockTor;
import org.torconformance.socks.wire.ClientFamily;
import org.torconformance.socks.wire.Hex;
import org.torconformance.socks.wire.HermeticTor;
import org.torconformance.socks.wire.LiveTorSocksDifferentialTest;
import org.torconformance.socks.wire.SessionOutput;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksPortOptions;
import org.torconformance.socks.wire.SocksServerSession;
import org.torconformance.socks.wire.TorSocksConversation;

/**
 * The socks.wire differential cases again, now through real sockets: the same writes go to a live tor
 * 0.4.9.11 SocksPort and to the mock's SocksServer configured like it; bytes, close and STATUS_CLIENT
 * events must match. Requests tor can only answer with a network stay open on both sides (the mock routes
 * everything to {@code fault no-reply}). Stream failures are compared through CLOSESTREAM with
 * __LeaveStreamsUnattached (tor's only way to fail a stream without a network), and SocksTimeout directly.
 */
class LiveTorSocksServerDifferentialTest {
    private static HermeticTor tor;
    private static MockTor mock;
    private static final Map<String, Integer> MOCK_PORTS = new LinkedHashMap<>();
    private static final List<String> MOCK_EVENTS = new CopyOnWriteArrayList<>();
    private static final String STATUS_PREFIX = "650 STATUS_CLIENT WARN ";

    @BeforeAll
    static void start() throws IOException {
        Map<String, String> flags = LiveTorSocksDifferentialTest.torFlags();
        tor = HermeticTor.start(flags);
        tor.command(LiveTorSocksDifferentialTest.MAPADDRESS);
        MockTor.Builder b = MockTor.builder().socksRoute("* -> fault no-reply")
                .option("MapAddress", "mapped.example 5.6.7.8").option("MapAddress", "10.9.8.7 mapped.example");
        flags.keySet().forEach(name -> b.socksPort(0, LiveTorSocksDifferentialTest.mockOptions(name)));
        mock = b.start();
        List<String> names = new ArrayList<>(flags.keySet());
        for (int i = 0; i < names.size(); i++) {
            MOCK_PORTS.put(names.get(i), mock.socksPorts().get(i));
        }
        mock.reactor().run(() -> {
            mock.model().events().addListener((event, bytes) -> {
                String line = bytes.latin1();
                if (line.startsWith(STATUS_PREFIX)) {
                    MOCK_EVENTS.add(line.substring(STATUS_PREFIX.length(), line.length() - 2));
                }
            });
        });
    }

    @AfterAll
    static void stop() throws IOException {
        if (mock != null) {
            mock.close();
        }
        if (tor != null) {
            tor.close();
        }
    }

    static Stream<Arguments> cases() {
        return LiveTorSocksDifferentialTest.cases();
    }

    static Stream<Arguments> safeSocksCases() {
        return LiveTorSocksDifferentialTest.safeSocksCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverAnswersLikeTor(String name, String port, List<String> writes) throws IOException {
        compare(port, LiveTorSocksDifferentialTest.mockOptions(port), writes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("safeSocksCases")
    void serverAnswersLikeTorWithSafeSocks(String name, String port, List<String> writes) throws IOException {
        tor.command("SETCONF SafeSocks=1");
        mock.reactor().run(() -> mock.model().config().set("SafeSocks", "1"));
        try {
            compare(port, LiveTorSocksDifferentialTest.mockOptions(port).withSafeSocks(true), writes);
        } finally {
            tor.command("SETCONF SafeSocks=0");
            mock.reactor().run(() -> mock.model().config().set("SafeSocks", "0"));
        }
    }

    private static void compare(String port, SocksPortOptions options, List<String> writes) throws IOException {
        SocksServerSession prediction = new SocksServerSession(options, ClientFamily.IPV4, LiveTorSocksDifferentialTest.MAPPED);
        List<byte[]> bytes = new ArrayList<>();
        List<Integer> perWrite = new ArrayList<>();
        boolean closes = false;
        for (String write : writes) {
            byte[] chunk = Hex.bytes(write);
            bytes.add(chunk);
            SessionOutput out = prediction.feed(chunk);
            perWrite.add(out.write().length);
            closes = out.next() instanceof SessionOutput.Close;
        }
        tor.drainSocksEvents();
        TorSocksConversation.Observed live = TorSocksConversation.play(tor.socksPort(port), bytes, perWrite, closes);
        List<String> liveEvents = tor.drainSocksEvents();
        MOCK_EVENTS.clear();
        TorSocksConversation.Observed mocked = TorSocksConversation.play(MOCK_PORTS.get(port), bytes, perWrite, closes);
        mock.reactor().run(() -> { });
        assertEquals(live, mocked, "bytes and close");
        assertEquals(liveEvents, List.copyOf(MOCK_EVENTS), "STATUS_CLIENT events");
    }

    static Stream<Arguments> closeStreamCases() {
        List<Arguments> cases = new ArrayList<>();
        List<Integer> reasons = new ArrayList<>(IntStream.rangeClosed(0, 16).boxed().toList());
        reasons.add(255);
        for (int reason : reasons) {
            cases.add(Arguments.of("SOCKS5 CONNECT, reason " + reason, reason, List.of("050100",
                    Requests.connect("example.com", 80))));
            cases.add(Arguments.of("SOCKS4a CONNECT, reason " + reason, reason, List.of(
                    Requests.socks4a(SocksCommand.CONNECT, "example.com", 80, "u"))));
            cases.add(Arguments.of("SOCKS5 RESOLVE, reason " + reason, reason, List.of("050100",
                    Requests.resolve("example.com"))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closeStreamCases")
    @DisplayName("CLOSESTREAM of a controller-held stream: the same reply bytes for every END reason")
    void closeStreamLikeTor(String name, int reason, List<String> writes) throws Exception {
        String live;
        tor.command("SETCONF __LeaveStreamsUnattached=1");
        try (RawSocks client = new RawSocks(tor.socksPort("plain"))) {
            String before = sendAll(client, writes);
            String id = awaitTorStream();
            tor.command("CLOSESTREAM " + id + " " + reason);
            live = before + RawSocks.hex(client.readToEnd());
        } finally {
            tor.command("SETCONF __LeaveStreamsUnattached=0");
        }
        StreamHooksTest.HoldingHooks hooks = new StreamHooksTest.HoldingHooks();
        String mocked;
        try (MockTor holding = MockTor.builder().socksPort(0, SocksPortOptions.defaults())
                .option("__LeaveStreamsUnattached", "1").module(m -> model -> model.putPart(StreamHooks.class, hooks))
                .start();
                RawSocks client = new RawSocks(holding.socksPort())) {
            String before = sendAll(client, writes);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !hooks.held.isEmpty());
            holding.reactor().run(() -> hooks.held.get(0).closeByController(new org.torconformance.socks.wire.EndReason(reason)));
            mocked = before + RawSocks.hex(client.readToEnd());
        }
        assertEquals(live, mocked);
    }

    /** Sends each write, reading the greeting's reply after a greeting so the request is a read of its own. */
    private static String sendAll(RawSocks client, List<String> writes) throws IOException {
        StringBuilder got = new StringBuilder();
        for (String w : writes) {
            client.send(w);
            if (w.equals("050100")) {
                got.append(client.read(2));
            }
        }
        return got.toString();
    }

    /** The id of the user stream tor holds for the controller (GETINFO stream-status). */
    private static String awaitTorStream() {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            for (String line : tor.command("GETINFO stream-status")) {
                String[] f = line.replaceFirst("^250[-+ ]stream-status=", "").split(" ");
                // stream-status shows a controller-held stream as NEW or NEWRESOLVE.
                if (f.length == 4 && f[1].startsWith("NEW") && f[3].startsWith("example.com:")) {
                    return f[0];
                }
            }
            return null;
        }, id -> id != null);
    }

    @Test
    @DisplayName("SocksTimeout: an unfinished handshake is closed silently, a waiting stream gets END TIMEOUT")
    void socksTimeoutLikeTor() throws Exception {
        List<List<String>> conversations = List.of(
                List.of("0501"),
                List.of("050100", "05010003"),
                List.of("050100", Requests.connect("example.com", 80)),
                List.of("050100", Requests.resolve("example.com")),
                List.of(Requests.socks4a(SocksCommand.CONNECT, "example.com", 80, "")));
        tor.command("SETCONF SocksTimeout=10");
        try (MockTor timed = MockTor.builder().socksPort(0, SocksPortOptions.defaults())
                .socksTimeout(Duration.ofSeconds(10)).socksRoute("* -> delay 1h then refuse 1").start()) {
            List<java.util.concurrent.Future<String>> live = new ArrayList<>();
            List<java.util.concurrent.Future<String>> mocked = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
            try {
                for (List<String> writes : conversations) {
                    live.add(pool.submit(() -> untilClosed(tor.socksPort("plain"), writes)));
                    mocked.add(pool.submit(() -> untilClosed(timed.socksPort(), writes)));
                }
                for (int i = 0; i < conversations.size(); i++) {
                    String mockAnswer = mocked.get(i).get();
                    String liveAnswer = live.get(i).get();
                    // For a stream waiting for a circuit, tor's attach loop and its once-a-second sweep race:
                    // END CANT_ATTACH (REP 01) or TIMEOUT (REP 06). The mock must give TIMEOUT, tor either.
                    String cantAttach = mockAnswer.replace("05000506", "05000501");
                    assertEquals(liveAnswer.equals(cantAttach) ? cantAttach : mockAnswer, liveAnswer, conversations.get(i).toString());
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            tor.command("SETCONF SocksTimeout=120");
        }
    }

    private static String untilClosed(int port, List<String> writes) throws IOException {
        try (RawSocks client = new RawSocks(port)) {
            client.socket().setSoTimeout(25_000);
            String got = sendAll(client, writes);
            return got + RawSocks.hex(client.readToEnd()) + " (closed)";
        }
    }
}
