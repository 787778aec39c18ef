package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/**
 * One authenticated connection to a live tor and one to the mock, fed the same commands, their
 * replies compared byte for byte after replacing what tor makes up at random (ServiceIDs and
 * PrivateKeys of keys it generated; numbered in order of appearance, separately per side).
 */
final class SideBySide implements AutoCloseable {
    private static final Pattern GENERATED = Pattern.compile("(?<![a-z2-7])[a-z2-7]{56}(?![a-z2-7])|ED25519-V3:[A-Za-z0-9+/]{86}==");

    private final RawControlClient live;
    private final RawControlClient mock;
    private final Set<String> known;
    private final Map<String, String> liveNames = new HashMap<>();
    private final Map<String, String> mockNames = new HashMap<>();
    private int exchanges;

    /** @param known service IDs the test supplied keys for: these must match literally */
    SideBySide(int livePort, int mockPort, Set<String> known) {
        this.live = authenticated(livePort);
        this.mock = authenticated(mockPort);
        this.known = known;
    }

    private static RawControlClient authenticated(int port) {
        RawControlClient c = RawControlClient.connect(port);
        assertEquals("250 OK\r\n", c.command("AUTHENTICATE").encode().latin1());
        return c;
    }

    /** Sends {@code line} to both and asserts the same normalized reply; returns the live one. */
    Reply same(String line) {
        Reply fromLive = live.command(line);
        Reply fromMock = mock.command(line);
        assertEquals(normalize(fromLive.encode().latin1(), liveNames), normalize(fromMock.encode().latin1(), mockNames),
                "reply to: " + line);
        exchanges++;
        return fromLive;
    }

    /** Sends raw bytes to both and compares everything that arrives until both are quiet. */
    String sameBytes(String bytes, Duration quiet) {
        live.drain(quiet, Duration.ofSeconds(5));
        mock.drain(quiet, Duration.ofSeconds(5));
        live.send(bytes);
        mock.send(bytes);
        String fromLive = normalize(live.drain(quiet, Duration.ofSeconds(10)).latin1(), liveNames);
        String fromMock = normalize(mock.drain(quiet, Duration.ofSeconds(10)).latin1(), mockNames);
        assertEquals(fromLive, fromMock, "bytes after: " + bytes);
        exchanges++;
        return fromLive;
    }

    /** Sends {@code line} to both and asserts that neither answers within {@code quiet}. */
    void neitherAnswers(String line, Duration quiet) {
        live.send(line + "\r\n");
        mock.send(line + "\r\n");
        assertTrue(live.nextReplyFrame(quiet).isEmpty(), "tor answered " + line);
        assertTrue(mock.nextReplyFrame(quiet).isEmpty(), "the mock answered " + line);
        exchanges++;
    }

    /** Neither side has an event within {@code quiet}. */
    void noEvents(Duration quiet) {
        assertTrue(live.nextEvent(quiet).isEmpty(), "tor sent an event");
        assertTrue(mock.nextEvent(quiet).isEmpty(), "the mock sent an event");
    }

    /** Sends {@code line} to tor only (for what the mock cannot do yet). */
    Reply liveOnly(String line) {
        return live.command(line);
    }

    /** Runs {@code action} on the live connection, then on the mock's: for steps whose values differ per side. */
    void onEachSide(Consumer<RawControlClient> action) {
        action.accept(live);
        action.accept(mock);
    }

    int exchanges() {
        return exchanges;
    }

    private String normalize(String text, Map<String, String> names) {
        Matcher m = GENERATED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement = known.contains(token) ? token
                    : names.computeIfAbsent(token, t -> (t.startsWith("ED25519-V3:") ? "<KEY" : "<ID") + names.size() + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public void close() {
        live.close();
        mock.close();
    }
}
