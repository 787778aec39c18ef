package org.torconformance.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.conformance.network.EventSequence;
import org.torconformance.conformance.network.ObservedEvent;
import org.torconformance.wire.event.AddrMapEvent;
import org.torconformance.wire.event.SignalEvent;

/** A network case's session: connecting and subscribing, configuration, signals, RESOLVE, and the end of the case. */
public final class NetworkSessionSteps {
    private final NetworkCase c;

    public NetworkSessionSteps(NetworkCase c) {
        this.c = c;
    }

    @Given("^a network client subscribed to ([A-Z_]+(?: [A-Z_]+)*)$")
    public void aNetworkClientSubscribedTo(String events) {
        c.session = c.target().session(c.timeouts());
        c.note("session: SOCKS port " + c.session.socksPort() + ", destination " + c.session.destination().port() + ", relays "
                + c.session.relays());
        c.call("connect and authenticate", () -> c.controller().connect(c.session.endpoint(), c.session.credentials()));
        c.call("subscribe to " + events, () -> c.controller().setEvents(List.of(events.split(" "))));
    }

    @Given("the client has tor leave new streams unattached")
    public void leaveStreamsUnattached() {
        c.call("set __LeaveStreamsUnattached to 1",
                () -> c.controller().setConf(List.of(Map.entry("__LeaveStreamsUnattached", "1"))));
    }

    @When("the client sends the signal {word}")
    public void theClientSendsTheSignal(String signal) {
        c.call("send SIGNAL " + signal, () -> c.controller().signal(signal));
    }

    @Then("tor announces the signal {word}")
    public void torAnnouncesTheSignal(String signal) {
        Optional<ObservedEvent> e = c.await(x -> x.event() instanceof SignalEvent s && s.signal().equals(signal), c.newnymBound());
        Checks.that(e.isPresent(), "expected 650 SIGNAL " + signal + " within " + c.newnymBound().toMillis()
                + " ms (tor delays a NEWNYM that comes within 10 s of the last); events seen: " + texts("SIGNAL"));
    }

    @When("the client asks tor to resolve {word}")
    public void theClientAsksTorToResolve(String name) {
        c.own.addResolvedName(name);
        c.call("RESOLVE " + name, () -> c.controller().resolve(List.of(name), false));
    }

    @Then("tor reports ADDRMAP {word} {word}")
    public void torReportsAddrmap(String from, String to) {
        Optional<ObservedEvent> e = c.await(x -> x.event() instanceof AddrMapEvent a && a.from().equalsIgnoreCase(from), c.streamBound());
        Checks.that(e.isPresent(), "expected 650 ADDRMAP " + from + " " + to + " … within " + c.streamBound().toMillis()
                + " ms; ADDRMAP events seen: " + texts("ADDRMAP"));
        AddrMapEvent a = (AddrMapEvent) e.get().event();
        Checks.that(a.to().equals(to), "expected ADDRMAP " + from + " to map to " + to + ", tor reported: " + e.get().text());
    }

    @Then("the ADDRMAP for {word} expires, with its UTC time in EXPIRES")
    public void theAddrmapExpires(String from) {
        AddrMapEvent a = c.events().stream().map(ObservedEvent::event).filter(x -> x instanceof AddrMapEvent m && m.from().equalsIgnoreCase(from))
                .map(x -> (AddrMapEvent) x).findFirst()
                .orElseThrow(() -> new AssertionError("no ADDRMAP for " + from + "; ADDRMAP events seen: " + texts("ADDRMAP")));
        Checks.that(!a.neverExpires() && a.utcExpiry().isPresent(),
                "expected a DNS answer's mapping to carry an expiry time and EXPIRES=\"<UTC time>\", tor reported: " + a.text().latin1());
    }

    private List<String> texts(String type) {
        return c.events().stream().filter(e -> e.type().equals(type)).map(ObservedEvent::text).toList();
    }

    /**
     * Runs after {@code Hooks.cleanUp} (order 0: {@code @After} hooks run highest order first), so the
     * transcript recorded here is the case's wire log. Records the normalized sequence, then closes the
     * application's connections and the controller and lets the target reset what the case changed.
     */
    @After(order = -1)
    public void finishNetworkCase() {
        if (c.session == null) {
            return;
        }
        try {
            c.identifyStreamsSeen();
            c.settle();
            c.identifyStreamsSeen();
            List<ObservedEvent> events = c.events();
            List<String> sequence = EventSequence.of(events.stream().map(ObservedEvent::event).toList(), c.own,
                    c.session.destination().port());
            StringBuilder log = new StringBuilder();
            c.transcript().forEach(l -> log.append(l).append('\n'));
            log.append("\nevents the library delivered (").append(events.size()).append("):\n");
            events.forEach(e -> log.append("  650 ").append(e.text()).append('\n'));
            log.append("\nthe case's own circuits and streams, normalized:\n");
            sequence.forEach(l -> log.append("  ").append(l).append('\n'));
            c.run().recordWireLog(log.toString());
            c.run().recordNetworkSequence(sequence.isEmpty() ? List.of("(no events on the case's own circuits and streams)") : sequence);
        } finally {
            c.closeConnections();
            try {
                c.controller().close();
            } finally {
                c.target().caseFinished(c.own.circuits());
            }
        }
    }
}
