package org.torconformance.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/**
 * One tor, live or mock, driven by a {@link LiveTorBridgeComparisonTest} script: a controller subscribed to
 * STREAM and ADDRMAP, and named SOCKS clients. Each step's transcript is normalized so two tors can be compared
 * byte for byte: stream ids become {@code S1, S2...} by first appearance (commands write {@code {LAST}} for the
 * latest), client ports become {@code PORT}, and tor's own directory streams (SESSION_GROUP=-2) are left out.
 */
final class ComparedTor implements AutoCloseable {
    private static final Pattern STREAM_ID = Pattern.compile("^(650 STREAM |250-stream-status=)(\\d+)");
    private static final Duration QUIET = Duration.ofMillis(400);

    private final RawControlClient control;
    private final int socksPort;
    private final Map<String, SocketChannel> clients = new LinkedHashMap<>();
    private final Map<String, StringBuilder> received = new LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();
    private final Map<Long, String> labels = new HashMap<>();
    private final List<String> transcript = new ArrayList<>();
    private long lastActivity;
    private long lastStream = -1;
    private int events;
    private boolean sorted;

    ComparedTor(int controlPort, int socksPort) {
        this.control = RawControlClient.connect(controlPort);
        this.socksPort = socksPort;
        control.command("AUTHENTICATE");
        control.command("SETEVENTS STREAM ADDRMAP");
    }

    /** Sends {@code bytes} on client {@code name}, connecting it first if needed. */
    void socks(String name, byte[] bytes) {
        try {
            SocketChannel c = clients.get(name);
            if (c == null) {
                c = SocketChannel.open(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), socksPort));
                c.configureBlocking(false);
                clients.put(name, c);
                received.put(name, new StringBuilder());
            }
            transcript.add("socks " + name + " > " + HexFormat.of().formatHex(bytes));
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                c.write(b);
            }
            lastActivity = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeClient(String name) {
        try {
            clients.remove(name).close();
            transcript.add("socks " + name + " closed by the client");
            lastActivity = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a control command, {@code {LAST}} standing for the latest stream seen; records the reply. */
    void command(String line) {
        transcript.add("> " + line);
        Reply r = control.command(line.replace("{LAST}", Long.toString(lastStream)));
        for (String l : r.encode().latin1().split("\r\n")) {
            transcript.add(normalize(l));
        }
        lastActivity = System.nanoTime();
    }

    /** Waits until nothing more has arrived for a while (at most {@code max}); SOCKS bytes go to the transcript. */
    void settle(Duration max) {
        Awaitility.await().atMost(max).pollInterval(Duration.ofMillis(20)).until(() -> {
            collect();
            return System.nanoTime() - lastActivity >= QUIET.toNanos();
        });
        for (Map.Entry<String, StringBuilder> e : received.entrySet()) {
            if (e.getValue().length() > 0) {
                transcript.add("socks " + e.getKey() + " < " + e.getValue());
                e.getValue().setLength(0);
            }
        }
        closed.stream().sorted().forEach(name -> transcript.add("socks " + name + " closed by tor"));
        closed.clear();
    }

    /** Waits until this step has seen {@code n} events (timers that fire seconds later), then settles. */
    void awaitEvents(int n, Duration max) {
        Awaitility.await().atMost(max).pollInterval(Duration.ofMillis(50)).until(() -> {
            collect();
            return events >= n;
        });
        settle(max);
    }

    /** This step's lines are compared in sorted order: tor's timers run in no order worth comparing. */
    void sortStep() {
        sorted = true;
    }

    /** Ends the step: clients still open leave (and what that causes is recorded); returns the step's lines. */
    List<String> endStep() {
        if (!clients.isEmpty()) {
            List.copyOf(clients.keySet()).forEach(this::closeClient);
            settle(Duration.ofSeconds(10));
        }
        List<String> step = new ArrayList<>(transcript);
        if (sorted) {
            step.sort(null);
        }
        transcript.clear();
        events = 0;
        sorted = false;
        return step;
    }

    private void collect() throws IOException {
        for (Optional<Reply> e = control.nextEvent(Duration.ZERO); e.isPresent(); e = control.nextEvent(Duration.ZERO)) {
            String line = e.get().encode().latin1();
            line = line.substring(0, line.length() - 2);
            if (!line.contains("SESSION_GROUP=-2")) {
                transcript.add(normalize(line));
                events++;
                lastActivity = System.nanoTime();
            }
        }
        for (Map.Entry<String, SocketChannel> e : List.copyOf(clients.entrySet())) {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            int n = e.getValue().read(buf);
            if (n > 0) {
                received.get(e.getKey()).append(HexFormat.of().formatHex(buf.array(), 0, n));
                lastActivity = System.nanoTime();
            } else if (n < 0) {
                closed.add(e.getKey());
                clients.remove(e.getKey()).close();
                lastActivity = System.nanoTime();
            }
        }
    }

    private String normalize(String line) {
        String s = line.replaceAll("SOURCE_ADDR=127\\.0\\.0\\.1:\\d+", "SOURCE_ADDR=127.0.0.1:PORT");
        Matcher m = STREAM_ID.matcher(s);
        if (m.find()) {
            long id = Long.parseLong(m.group(2));
            String label = labels.computeIfAbsent(id, k -> "S" + (labels.size() + 1));
            lastStream = id;
            s = m.group(1) + label + s.substring(m.end());
        }
        return s;
    }

    @Override
    public void close() {
        clients.values().forEach(c -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing is best effort
            }
        });
        control.close();
    }
}
