package org.torconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.torconformance.conformance.network.ObservedEvent;
import org.torconformance.conformance.network.SocksConnection;
import org.torconformance.socks.wire.Socks5Reply;
import org.torconformance.wire.event.StreamEvent;

/**
 * The application's streams through the SOCKS port, what the controller does to them (attach, redirect,
 * close), and the STREAM events and SOCKS replies that follow.
 */
public final class NetworkStreamSteps {
    /** After CLOSED nothing more comes for a stream (FAILED is followed by CLOSED). */
    private static final List<String> TERMINAL = List.of("CLOSED");

    private final NetworkCase c;

    public NetworkStreamSteps(NetworkCase c) {
        this.c = c;
    }

    /** {@code SENTCONNECT, then SUCCEEDED}: statuses in the order tor must report them. */
    @ParameterType("[A-Z_]+(?:, then [A-Z_]+)*")
    public List<String> statuses(String text) {
        return List.of(text.split(", then "));
    }

    @When("the application opens SOCKS stream {word} to {word} on the destination's port")
    public void open(String alias, String host) {
        open(alias, host, Optional.empty());
    }

    @When("the application opens SOCKS stream {word} to {word} as {string} with password {string}")
    public void openWithLogin(String alias, String host, String user, String password) {
        open(alias, host, Optional.of(new SocksConnection.Login(user, password)));
    }

    private void open(String alias, String host, Optional<SocksConnection.Login> login) {
        int port = c.session().destination().port();
        try {
            SocksConnection conn = SocksConnection.open(c.session().socksPort(), host, port, login, c.streamBound());
            c.connections.put(alias, conn);
            c.note("application: stream " + alias + " CONNECT " + conn.target() + login.map(l -> " as " + l.username()).orElse("")
                    + " from 127.0.0.1:" + conn.localPort());
        } catch (IOException e) {
            throw new AssertionError("the SOCKS port did not take a CONNECT to " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    @Then("stream {word} is reported NEW on no circuit")
    public void reportedNewUnattached(String alias) {
        String id = c.stream(alias);
        StreamEvent created = c.streamEvents(id).get(0);
        Checks.that(created.status().equals("NEW") && created.circuitId().equals("0"),
                "expected stream " + alias + " to start as NEW on circuit 0, tor reported: " + created.text().latin1());
    }

    @When("the client attaches stream {word} to circuit {word}")
    public void attach(String stream, String circuit) {
        String id = c.stream(stream);
        c.call("ATTACHSTREAM " + id + " " + c.circuit(circuit), () -> c.controller().attachStream(id, c.circuit(circuit), Optional.empty()));
    }

    @When("the client redirects stream {word} to {word}")
    public void redirect(String stream, String host) {
        String id = c.stream(stream);
        c.call("REDIRECTSTREAM " + id + " " + host, () -> c.controller().redirectStream(id, host, Optional.empty()));
    }

    @When("the client closes stream {word} with reason {int}")
    public void closeStream(String stream, int reason) {
        String id = c.stream(stream);
        c.call("CLOSESTREAM " + id + " " + reason, () -> c.controller().closeStream(id, reason));
    }

    @Then("the application gets SOCKS reply {word} for stream {word}")
    public void socksReply(String hexCode, String alias) {
        int expected = Integer.parseInt(hexCode, 16);
        Optional<Socks5Reply> reply;
        try {
            reply = c.connection(alias).awaitReply(c.streamBound());
        } catch (IOException e) {
            throw new AssertionError("expected SOCKS5 reply " + hexCode + " for stream " + alias + ": " + e.getMessage(), e);
        }
        c.note("application: stream " + alias + " SOCKS reply " + reply.map(Object::toString).orElse("(none)"));
        Checks.that(reply.isPresent(), "expected SOCKS5 reply " + hexCode + " for stream " + alias + " within "
                + c.streamBound().toMillis() + " ms; the port sent none (stream events: " + observedStatuses(alias) + ")");
        Checks.that(reply.get().reply().code() == expected, "expected SOCKS5 reply " + hexCode + " for stream " + alias
                + ", got " + String.format("%02x", reply.get().reply().code()) + " (" + reply.get() + ")");
    }

    @Then("stream {word} is reported {statuses} on circuit {word}")
    public void reportedOnCircuit(String alias, List<String> statuses, String circuit) {
        String circuitId = c.circuit(circuit);
        List<StreamEvent> matched = reportedInOrder(alias, statuses);
        for (StreamEvent e : matched) {
            Checks.that(e.circuitId().equals(circuitId), "expected stream " + alias + " " + e.status() + " on circuit " + circuit
                    + " (" + circuitId + "), tor reported: " + e.text().latin1());
        }
    }

    @Then("stream {word} is reported {statuses} with REASON={word}")
    public void reportedWithReason(String alias, List<String> statuses, String reason) {
        for (StreamEvent e : reportedInOrder(alias, statuses)) {
            Checks.that(e.reason().equals(Optional.of(reason)), "expected stream " + alias + " " + e.status() + " with REASON="
                    + reason + ", tor reported: " + e.text().latin1());
        }
    }

    @Then("stream {word} is reported {statuses} with target {word}")
    public void reportedWithTarget(String alias, List<String> statuses, String host) {
        StreamEvent first = reportedInOrder(alias, statuses).get(0);
        Checks.that(first.targetHost().equalsIgnoreCase(host), "expected stream " + alias + " " + first.status() + " to target "
                + host + ", tor reported: " + first.text().latin1());
    }

    @Then("stream {word} is reported {statuses}")
    public void reported(String alias, List<String> statuses) {
        reportedInOrder(alias, statuses);
    }

    /**
     * Waits for the last status (or an end of the stream), then checks that the stream's events hold
     * the statuses in this order; others in between (CONTROLLER_WAIT, REMAP, …) are allowed.
     */
    private List<StreamEvent> reportedInOrder(String alias, List<String> statuses) {
        String id = c.stream(alias);
        String last = statuses.get(statuses.size() - 1);
        c.await(e -> e.event() instanceof StreamEvent s && s.streamId().equals(id) && (s.status().equals(last) || TERMINAL.contains(s.status())),
                c.streamBound());
        List<StreamEvent> events = c.streamEvents(id);
        List<StreamEvent> matched = new ArrayList<>();
        int next = 0;
        for (StreamEvent e : events) {
            if (next < statuses.size() && e.status().equals(statuses.get(next))) {
                matched.add(e);
                next++;
            }
        }
        Checks.that(next == statuses.size(), "expected stream " + alias + " to be reported " + String.join(", then ", statuses)
                + " within " + c.streamBound().toMillis() + " ms; tor reported " + describe(events));
        return matched;
    }

    @Then("the application's connection for stream {word} is closed")
    public void connectionClosed(String alias) {
        boolean closed;
        try {
            closed = c.connection(alias).awaitClosedByPeer(c.streamBound());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Checks.that(closed, "expected the SOCKS port to close the application's connection for stream " + alias + " within "
                + c.streamBound().toMillis() + " ms; it stayed open");
    }

    @Then("streams {word} and {word} succeeded on different circuits")
    public void differentCircuits(String a, String b) {
        String circuitA = succeededOn(a);
        String circuitB = succeededOn(b);
        Checks.that(!circuitA.equals(circuitB), "expected streams " + a + " and " + b + " on different circuits, both "
                + "succeeded on circuit " + circuitA);
    }

    private String succeededOn(String alias) {
        return reportedInOrder(alias, List.of("SUCCEEDED")).get(0).circuitId();
    }

    @Then("stream {word} has a higher NYM_EPOCH than stream {word}")
    public void higherEpoch(String later, String earlier) {
        int b = epoch(later);
        int a = epoch(earlier);
        Checks.that(b > a, "expected stream " + later + " to have a higher NYM_EPOCH than stream " + earlier + ", tor reported "
                + b + " and " + a);
    }

    private int epoch(String alias) {
        StreamEvent created = c.streamEvents(c.stream(alias)).get(0);
        return created.nymEpoch().map(Integer::parseInt)
                .orElseThrow(() -> new AssertionError("no NYM_EPOCH on stream " + alias + ": " + created.text().latin1()));
    }

    private List<String> observedStatuses(String alias) {
        return c.events().stream().map(ObservedEvent::event).filter(isStreamOf(alias)).map(e -> ((StreamEvent) e).status()).toList();
    }

    private Predicate<Object> isStreamOf(String alias) {
        String source = "127.0.0.1:" + c.connection(alias).localPort();
        List<String> ids = c.events().stream().map(ObservedEvent::event).filter(e -> e instanceof StreamEvent s
                && s.sourceAddress().filter(source::equals).isPresent()).map(e -> ((StreamEvent) e).streamId()).toList();
        return e -> e instanceof StreamEvent s && ids.contains(s.streamId());
    }

    private static List<String> describe(List<StreamEvent> events) {
        return events.stream().map(e -> e.status() + " " + e.circuitId() + e.reason().map(r -> " REASON=" + r).orElse("")).toList();
    }
}
