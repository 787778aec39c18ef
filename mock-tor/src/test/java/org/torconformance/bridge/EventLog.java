package org.torconformance.bridge;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** An authenticated controller that keeps every event line it receives ({@code 650 } and CRLF cut off). */
final class EventLog implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final RawControlClient client;
    private final List<String> events = new ArrayList<>();
    private final Set<Long> announced = new HashSet<>();

    EventLog(int controlPort, String events) {
        client = RawControlClient.connect(controlPort);
        expectOk(client.command("AUTHENTICATE"));
        expectOk(client.command("SETEVENTS " + events));
    }

    private static void expectOk(Reply r) {
        if (r.status() != 250) {
            throw new IllegalStateException("unexpected reply " + r);
        }
    }

    /** The reply to {@code line}, as text with CRLFs. */
    String command(String line) {
        return client.command(line).encode().latin1();
    }

    /** Waits until an event matching {@code p} arrived; returns it. */
    String await(Predicate<String> p) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> {
            drain();
            return events.stream().anyMatch(p);
        });
        return events.stream().filter(p).findFirst().orElseThrow();
    }

    /** Waits for a STREAM event of stream {@code id} with {@code status}. */
    String awaitStream(long id, String status) {
        return await(e -> e.startsWith("STREAM " + id + " " + status + " "));
    }

    /** The events of one stream, in order. */
    List<String> stream(long id) {
        drain();
        return events.stream().filter(e -> e.startsWith("STREAM " + id + " ")).toList();
    }

    /** The bytes STREAM_BW reported for stream {@code id}, summed: {read from the application, written to it}. */
    long[] streamBandwidth(long id) {
        long[] sum = new long[2];
        for (String e : all()) {
            String[] f = e.split(" ");
            if (f[0].equals("STREAM_BW") && f[1].equals(Long.toString(id))) {
                sum[0] += Long.parseLong(f[2]);
                sum[1] += Long.parseLong(f[3]);
            }
        }
        return sum;
    }

    List<String> all() {
        drain();
        return List.copyOf(events);
    }

    /** The id of the first stream announced (NEW or NEWRESOLVE) for {@code target} that no call returned before. */
    long awaitNew(String target) {
        String e = await(s -> s.matches("STREAM \\d+ NEW(RESOLVE)? 0 " + Pattern.quote(target) + " .*")
                && !announced.contains(Long.parseLong(s.split(" ")[1])));
        long id = Long.parseLong(e.split(" ")[1]);
        announced.add(id);
        return id;
    }

    private void drain() {
        while (true) {
            Optional<Reply> e = client.nextEvent(Duration.ofMillis(1));
            if (e.isEmpty()) {
                return;
            }
            String text = e.get().encode().latin1();
            events.add(text.substring(4, text.length() - 2));
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
