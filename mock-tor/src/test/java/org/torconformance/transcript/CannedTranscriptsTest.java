package org.torconformance.transcript;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.DataBlock;

/**
 * The canned transcripts in fixtures/transcripts: each parses and round-trips, replays through the
 * mock byte for byte with a clean report, and — for those whose first comment says
 * {@code # source: live} — matches what a live tor 0.4.9.11 sends, exchange by exchange.
 */
class CannedTranscriptsTest {
    static final Path DIR = Path.of("..", "fixtures", "transcripts");
    static final Duration WAIT = Duration.ofSeconds(10);

    record Exchange(ByteString clientBytes, ByteString serverBytes) {
    }

    record Canned(String name, String text, Transcript transcript, boolean live, List<Exchange> exchanges) {
    }

    static List<Canned> all() throws IOException {
        List<Canned> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tx")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Transcript t = Transcript.parse(text);
                out.add(new Canned(p.getFileName().toString(), text, t, text.startsWith("# source: live"), exchanges(t)));
            }
        }
        return out;
    }

    /** What the client sends for each expectation, and every server byte up to the next one. */
    static List<Exchange> exchanges(Transcript t) {
        List<Exchange> out = new ArrayList<>();
        ByteString client = ByteString.EMPTY;
        ByteStringBuilder server = new ByteStringBuilder();
        for (Step s : t.steps()) {
            if (s instanceof Step.Expect e) {
                out.add(new Exchange(client, server.build()));
                server.clear();
                client = send(((Step.CommandPattern.Exact) e.pattern()).line());
            } else if (s instanceof Step.SendLine l) {
                server.append(l.text()).crlf();
            } else if (s instanceof Step.SendRaw r) {
                server.append(r.bytes());
            } else if (s instanceof Step.SendData d) {
                DataBlock.encode(d.value(), server);
            }
        }
        out.add(new Exchange(client, server.build()));
        return out;
    }

    /** The bytes a client sends for a matched line: CRLF, and for multi-line commands a stuffed body. */
    static ByteString send(ByteString line) {
        int lf = line.indexOf('\n');
        ByteStringBuilder b = new ByteStringBuilder();
        if (lf < 0) {
            return b.append(line).crlf().build();
        }
        b.append(line.slice(0, lf)).crlf();
        org.torconformance.wire.CommandEncoder.encodeBody(line.slice(lf + 1), b);
        return b.build();
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptRoundTripsAndReplaysThroughTheMock() throws IOException {
        return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertEquals(c.transcript(), Transcript.parse(c.transcript().write()), "write then parse");
            try (MockTor mock = MockTor.start()) {
                mock.enqueue(c.transcript());
                try (RawControlClient raw = RawControlClient.connect(mock.controlPort())) {
                    ByteStringBuilder expected = new ByteStringBuilder();
                    for (Exchange x : c.exchanges()) {
                        raw.send(x.clientBytes());
                        expected.append(x.serverBytes());
                        int want = expected.length();
                        await().atMost(WAIT).until(() -> raw.received().length() >= want || raw.isClosedByPeer());
                    }
                    assertEquals(expected.build(), raw.received(), "server bytes");
                }
                await().atMost(WAIT).until(() -> mock.transcripts().reports().get(0).finished());
                TranscriptReport report = mock.transcripts().reports().get(0);
                assertTrue(report.clean(), () -> "report: " + report.outcomes());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> liveTranscriptsMatchTor() throws IOException {
        return all().stream().filter(Canned::live).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start();
                 RawControlClient raw = RawControlClient.connect(tor.controlPort())) {
                int seen = raw.received().length();
                for (Exchange x : c.exchanges().subList(1, c.exchanges().size())) {
                    raw.send(x.clientBytes());
                    int want = seen + x.serverBytes().length();
                    // Wait for as many bytes as tor should send (a loaded machine can be slow), then for
                    // quiet, so that extra bytes would show too.
                    await().atMost(WAIT).until(() -> raw.received().length() >= want || raw.isClosedByPeer());
                    raw.drain(Duration.ofMillis(300), WAIT);
                    ByteString all = raw.received();
                    ByteString got = all.slice(seen);
                    seen = all.length();
                    assertEquals(x.serverBytes(), got, () -> "after " + x.clientBytes());
                }
            }
        }));
    }
}
