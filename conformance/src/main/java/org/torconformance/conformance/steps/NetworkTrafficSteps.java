package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.network.HttpRequest;
import org.torconformance.conformance.network.HttpResponse;
import org.torconformance.conformance.network.ObservedEvent;
import org.torconformance.conformance.network.Payload;
import org.torconformance.conformance.network.ReceivedRequest;
import org.torconformance.conformance.network.WebDestination;
import org.torconformance.wire.event.BandwidthEvent;
import org.torconformance.wire.event.CircBandwidthEvent;
import org.torconformance.wire.event.StreamBandwidthEvent;

/**
 * Bytes through a stream: an HTTP exchange with the destination, checked on both ends, and the
 * bandwidth events (STREAM_BW, CIRC_BW, BW) that count them.
 */
public final class NetworkTrafficSteps {
    private static final int REQUEST_BODY = 1024;

    private final NetworkCase c;
    /** Where the events stood when the last transfer began: bandwidth checks count only what came after. */
    private int eventsBeforeTransfer;

    public NetworkTrafficSteps(NetworkCase c) {
        this.c = c;
    }

    @When("the application sends an HTTP request through stream {word}")
    public void sendRequest(String alias) {
        exchange(alias, REQUEST_BODY, Optional.empty());
    }

    @When("the application uploads {int} bytes and downloads {int} bytes through stream {word}")
    public void transfer(int up, int down, String alias) {
        exchange(alias, up, Optional.of(down));
    }

    private void exchange(String alias, int up, Optional<Integer> down) {
        eventsBeforeTransfer = c.controller().events().size();
        String path = "/network/" + c.run().target().name() + "/" + Long.toHexString(System.nanoTime()) + "/" + alias
                + down.map(n -> "?size=" + n).orElse("");
        String host = WebDestination.HOST + ":" + c.session().destination().port();
        HttpRequest request = new HttpRequest(host, path, Payload.bytes(path.hashCode(), up));
        c.requests.put(alias, request);
        c.note("application: stream " + alias + " POST " + path + " (" + up + " bytes)");
        try {
            HttpResponse response = c.connection(alias).exchange(request, c.streamBound());
            c.responses.put(alias, response);
            c.note("application: stream " + alias + " got " + response);
        } catch (IOException e) {
            throw new AssertionError("the HTTP exchange through stream " + alias + " failed: " + e.getMessage(), e);
        }
    }

    @Then("the destination received the request of stream {word} intact")
    public void destinationReceived(String alias) {
        HttpRequest sent = c.requests.get(alias);
        Optional<ReceivedRequest> got = c.session().destination().await(r -> r.path().equals(sent.path()), c.streamBound());
        Checks.that(got.isPresent(), "expected the destination to receive POST " + sent.path() + " within "
                + c.streamBound().toMillis() + " ms; it received " + c.session().destination().received().size() + " requests, none for it");
        ReceivedRequest r = got.get();
        Checks.that(r.method().equals("POST") && Arrays.equals(r.body(), sent.body()), "expected POST with the " + sent.body().length
                + " bytes sent, the destination received " + r);
        Checks.that(r.host().equalsIgnoreCase(sent.host()), "expected Host: " + sent.host() + ", the destination received " + r);
    }

    @Then("the application received the destination's answer on stream {word} intact")
    public void answerIntact(String alias) {
        HttpResponse response = c.responses.get(alias);
        String query = c.requests.get(alias).path().contains("?") ? c.requests.get(alias).path().replaceFirst(".*\\?", "") : null;
        byte[] expected = WebDestination.answerFor(query);
        Checks.that(response.isOk() && Arrays.equals(response.body(), expected), "expected HTTP 200 with the destination's "
                + expected.length + " bytes, the application read " + response);
    }

    @Then("STREAM_BW events for stream {word} count at least {int} bytes from the application and {int} bytes to it")
    public void streamBandwidth(String alias, int fromApp, int toApp) {
        String id = c.stream(alias);
        long[] sums = new long[2];
        boolean ok = until(() -> {
            sums[0] = 0;
            sums[1] = 0;
            for (ObservedEvent e : c.events()) {
                if (e.event() instanceof StreamBandwidthEvent b && b.streamId().equals(id)) {
                    sums[0] += Long.parseLong(b.bytesWritten());
                    sums[1] += Long.parseLong(b.bytesRead());
                }
            }
            return sums[0] >= fromApp && sums[1] >= toApp;
        }, Set.of(StreamBandwidthEvent.TYPE));
        Checks.that(ok, "expected STREAM_BW events for stream " + alias + " to add up to at least " + fromApp
                + " bytes from the application and " + toApp + " to it within " + c.perSecondBound().toMillis() + " ms; they add up to "
                + sums[0] + " and " + sums[1]);
    }

    @Then("CIRC_BW events for circuit {word} count at least {int} bytes delivered written and {int} bytes delivered read")
    public void circuitBandwidth(String alias, int written, int read) {
        String id = c.circuit(alias);
        long[] sums = new long[2];
        boolean ok = until(() -> {
            sums[0] = 0;
            sums[1] = 0;
            for (ObservedEvent e : c.events()) {
                if (e.event() instanceof CircBandwidthEvent b && b.args().string("ID").filter(id::equals).isPresent()) {
                    sums[0] += number(b, "DELIVERED_WRITTEN");
                    sums[1] += number(b, "DELIVERED_READ");
                }
            }
            return sums[0] >= written && sums[1] >= read;
        }, Set.of(CircBandwidthEvent.TYPE));
        Checks.that(ok, "expected CIRC_BW events for circuit " + alias + " to add up to at least DELIVERED_WRITTEN=" + written
                + " and DELIVERED_READ=" + read + " within " + c.perSecondBound().toMillis() + " ms; they add up to " + sums[0] + " and "
                + sums[1]);
    }

    @Then("BW events count at least {int} bytes written and {int} bytes read")
    public void globalBandwidth(int written, int read) {
        long[] sums = new long[2];
        boolean ok = until(() -> {
            sums[0] = 0;
            sums[1] = 0;
            List<ObservedEvent> events = c.events();
            for (ObservedEvent e : events.subList(Math.min(eventsBeforeTransfer, events.size()), events.size())) {
                if (e.event() instanceof BandwidthEvent b) {
                    sums[0] += Long.parseLong(b.bytesWritten());
                    sums[1] += Long.parseLong(b.bytesRead());
                }
            }
            return sums[0] >= written && sums[1] >= read;
        }, Set.of(BandwidthEvent.TYPE));
        Checks.that(ok, "expected BW events since the transfer began to add up to at least " + written + " bytes written and "
                + read + " read within " + c.perSecondBound().toMillis() + " ms; they add up to " + sums[0] + " and " + sums[1]);
    }

    private static long number(CircBandwidthEvent b, String key) {
        return b.args().string(key).map(Long::parseLong).orElse(0L);
    }

    /**
     * Re-checks {@code condition} each time the library delivers a new event of these types, until it
     * holds or the per-second bound passes.
     */
    private boolean until(BooleanSupplier condition, Set<String> types) {
        Duration bound = c.perSecondBound();
        long deadline = System.nanoTime() + bound.toNanos();
        Set<ControllerEvent> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            c.controller().events().forEach(seen::add);
            c.controller().awaitEvent(e -> types.contains(e.type()) && !seen.contains(e), Duration.ofNanos(left));
        }
    }
}
