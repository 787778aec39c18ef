package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.network.ObservedEvent;
import org.torconformance.conformance.target.NetworkRelay;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.CircMinorEvent;

/** Circuits a network case builds, extends, repurposes and closes, and the CIRC events that report them. */
public final class NetworkCircuitSteps {
    /** control-spec §2.4: CircuitID = 1*16 IDChar. */
    private static final Pattern CIRCUIT_ID = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern EXTENDED_REPLY = Pattern.compile("(?:250 )?EXTENDED ([A-Za-z0-9]{1,16})");
    private static final List<String> ENDED = List.of("BUILT", "FAILED", "CLOSED");

    private final NetworkCase c;
    /** What the library's extendCircuit returned, per circuit name. */
    private final Map<String, String> returned = new LinkedHashMap<>();
    private Optional<LibraryError> refused = Optional.empty();

    public NetworkCircuitSteps(NetworkCase c) {
        this.c = c;
    }

    @Given("the client has built circuit {word} on tor's path")
    public void theClientHasBuiltCircuit(String alias) {
        theClientExtendsANewCircuitOnTorsPath(alias);
        awaitEnd(alias, "BUILT");
    }

    @When("the client extends a new circuit {word} on tor's path")
    public void theClientExtendsANewCircuitOnTorsPath(String alias) {
        launch(alias, List.of(), Optional.empty());
    }

    @When("the client extends a new circuit {word} on tor's path with purpose {word}")
    public void theClientExtendsWithPurpose(String alias, String purpose) {
        launch(alias, List.of(), Optional.of(purpose));
    }

    @When("the client extends a new circuit {word} through two non-exit relays and the exit")
    public void throughTwoAndTheExit(String alias) {
        List<String> path = new ArrayList<>(nonExits(2));
        path.add(exit().serverSpec());
        launch(alias, path, Optional.empty());
    }

    @When("the client extends a new circuit {word} through two non-exit relays and the exit with purpose {word}")
    public void throughTwoAndTheExitWithPurpose(String alias, String purpose) {
        List<String> path = new ArrayList<>(nonExits(2));
        path.add(exit().serverSpec());
        launch(alias, path, Optional.of(purpose));
    }

    @When("the client tries to extend a new circuit on tor's path with purpose {word}")
    public void triesToExtend(String purpose) {
        refused = Optional.empty();
        try {
            String got = c.controller().extendCircuit("0", List.of(), Optional.of(purpose));
            c.note("controller: EXTENDCIRCUIT 0 purpose=" + purpose + " returned " + got);
            c.own.addCircuit(idFrom(got));
        } catch (LibraryError e) {
            c.note("controller: EXTENDCIRCUIT 0 purpose=" + purpose + " failed: " + e.getMessage());
            refused = Optional.of(e);
        }
    }

    @Then("the library reports the error {int}")
    public void theLibraryReportsTheError(int status) {
        Checks.that(refused.isPresent(), "expected the library to report error " + status + ", the command succeeded");
        Checks.that(refused.get().status().isEmpty() || refused.get().status().getAsInt() == status, "expected error " + status
                + ", the library reported: " + refused.get().getMessage());
    }

    @When("the client extends a new circuit {word} through two non-exit relays")
    public void throughTwo(String alias) {
        launch(alias, nonExits(2), Optional.empty());
    }

    @When("the client extends circuit {word} through the exit")
    public void extendThroughTheExit(String alias) {
        String id = c.circuit(alias);
        String hop = exit().serverSpec();
        c.namedPaths.get(alias).add(hop);
        String got = c.call("EXTENDCIRCUIT " + id + " " + hop, () -> c.controller().extendCircuit(id, List.of(hop), Optional.empty()));
        Checks.that(id.equals(idFrom(got)), "extending circuit " + id + ": expected the library to report circuit " + id
                + ", it returned \"" + got + "\"");
    }

    private void launch(String alias, List<String> path, Optional<String> purpose) {
        String got = c.call("EXTENDCIRCUIT 0" + (path.isEmpty() ? "" : " " + String.join(",", path))
                + purpose.map(p -> " purpose=" + p).orElse(""), () -> c.controller().extendCircuit("0", path, purpose));
        String id = idFrom(got);
        returned.put(alias, got);
        c.circuits.put(alias, id);
        c.namedPaths.put(alias, new ArrayList<>(path));
        c.own.addCircuit(id);
        c.note("circuit " + alias + " is tor's circuit " + id);
    }

    /** The id in what the library returned: the id itself, or (jtorctl) the reply text {@code EXTENDED <id>}. */
    private static String idFrom(String got) {
        if (got != null && CIRCUIT_ID.matcher(got.strip()).matches()) {
            return got.strip();
        }
        Matcher m = got == null ? null : EXTENDED_REPLY.matcher(got.strip());
        if (m != null && m.matches()) {
            return m.group(1);
        }
        throw new AssertionError("expected EXTENDCIRCUIT to give a circuit id, the library returned " + (got == null ? "null" : "\"" + got + "\""));
    }

    private List<String> nonExits(int n) {
        List<String> out = c.session().relays().stream().filter(r -> !r.exit()).limit(n).map(NetworkRelay::serverSpec).toList();
        if (out.size() < n) {
            throw new IllegalStateException("the network has fewer than " + n + " non-exit relays: " + c.session().relays());
        }
        return out;
    }

    private NetworkRelay exit() {
        return c.session().relays().stream().filter(NetworkRelay::exit).findFirst()
                .orElseThrow(() -> new IllegalStateException("the network has no exit: " + c.session().relays()));
    }

    @Then("the library returned circuit {word}'s id")
    public void theLibraryReturnedTheId(String alias) {
        String got = returned.get(alias);
        Checks.that(got != null && got.equals(c.circuit(alias)), "expected extendCircuit to return the new circuit's id \""
                + c.circuit(alias) + "\" (as tor's 250 EXTENDED " + c.circuit(alias) + " says), the library returned \"" + got + "\"");
    }

    @Then("circuit {word} is reported LAUNCHED, then EXTENDED once per hop up to {int} hops, then BUILT")
    public void launchedExtendedBuilt(String alias, int hops) {
        awaitEnd(alias, "BUILT");
        List<String> expected = new ArrayList<>(List.of("LAUNCHED/0"));
        for (int i = 1; i <= hops; i++) {
            expected.add("EXTENDED/" + i);
        }
        expected.add("BUILT/" + hops);
        List<String> observed = circEvents(alias).stream().map(e -> e.status() + "/" + e.path().size()).toList();
        Checks.that(observed.equals(expected), "circuit " + alias + " (status/open hops): expected " + expected + ", tor reported "
                + observed);
    }

    @Then("circuit {word} is reported EXTENDED to {int} hops, then BUILT again")
    public void extendedAgain(String alias, int hops) {
        Optional<ObservedEvent> rebuilt = c.await(e -> e.event() instanceof CircEvent x && x.circuitId().equals(c.circuit(alias))
                && (x.status().equals("BUILT") && x.path().size() == hops || x.status().equals("FAILED") || x.status().equals("CLOSED")),
                c.circuitBound());
        List<String> observed = circEvents(alias).stream().map(e -> e.status() + "/" + e.path().size()).toList();
        int extended = observed.indexOf("EXTENDED/" + hops);
        int built = observed.lastIndexOf("BUILT/" + hops);
        Checks.that(rebuilt.isPresent() && extended >= 0 && built > extended, "circuit " + alias + " (status/open hops): expected "
                + "EXTENDED/" + hops + " then BUILT/" + hops + " after the extension, tor reported " + observed);
    }

    @Then("every CIRC event of circuit {word} carries PURPOSE={word} and TIME_CREATED")
    public void everyEventCarriesPurpose(String alias, String purpose) {
        for (CircEvent e : nonEmpty(alias)) {
            Checks.that(e.purpose().equals(Optional.of(purpose)) && e.timeCreated().isPresent(), "expected PURPOSE=" + purpose
                    + " and TIME_CREATED on every CIRC event of circuit " + alias + ", tor reported: " + e.text().latin1());
        }
    }

    @Then("every CIRC event of circuit {word} carries BUILD_FLAGS with {word}")
    public void everyEventCarriesBuildFlag(String alias, String flag) {
        for (CircEvent e : nonEmpty(alias)) {
            Checks.that(e.buildFlags().contains(flag), "expected BUILD_FLAGS with " + flag + " on every CIRC event of circuit "
                    + alias + ", tor reported: " + e.text().latin1());
        }
    }

    @Then("the BUILT path of circuit {word} is the named relays, in order")
    public void theBuiltPathIsTheNamedRelays(String alias) {
        awaitEnd(alias, "BUILT");
        CircEvent built = circEvents(alias).stream().filter(e -> e.status().equals("BUILT")).reduce((a, b) -> b).orElseThrow();
        List<String> path = built.path().stream().map(NetworkCircuitSteps::serverSpecOf).toList();
        Checks.that(path.equals(c.namedPaths.get(alias)), "circuit " + alias + ": expected the path " + c.namedPaths.get(alias)
                + ", BUILT reported " + built.path());
    }

    /** {@code $FP~nick}, {@code $FP=nick} or {@code $FP} as {@code $FP}. */
    private static String serverSpecOf(String longName) {
        int cut = longName.indexOf('~') >= 0 ? longName.indexOf('~') : longName.indexOf('=');
        return (cut >= 0 ? longName.substring(0, cut) : longName).toUpperCase(java.util.Locale.ROOT);
    }

    @When("the client sets the purpose of circuit {word} to {word}")
    public void setPurpose(String alias, String purpose) {
        c.call("SETCIRCUITPURPOSE " + c.circuit(alias) + " purpose=" + purpose,
                () -> c.controller().setCircuitPurpose(c.circuit(alias), purpose));
    }

    @Then("circuit {word} is reported PURPOSE_CHANGED with PURPOSE={word} and OLD_PURPOSE={word}")
    public void purposeChanged(String alias, String purpose, String old) {
        String id = c.circuit(alias);
        Optional<ObservedEvent> e = c.await(x -> x.event() instanceof CircMinorEvent m && m.circuitId().equals(id)
                && m.event().equals("PURPOSE_CHANGED"), c.eventBound());
        Checks.that(e.isPresent(), "expected 650 CIRC_MINOR " + id + " PURPOSE_CHANGED … within " + c.eventBound().toMillis()
                + " ms; CIRC_MINOR events seen: " + texts(CircMinorEvent.TYPE));
        CircMinorEvent m = (CircMinorEvent) e.get().event();
        Checks.that(m.purpose().equals(Optional.of(purpose)) && m.oldPurpose().equals(Optional.of(old)), "expected PURPOSE="
                + purpose + " OLD_PURPOSE=" + old + ", tor reported: " + e.get().text());
    }

    @When("the client closes circuit {word}")
    public void closeCircuit(String alias) {
        c.call("CLOSECIRCUIT " + c.circuit(alias), () -> c.controller().closeCircuit(c.circuit(alias), false));
    }

    @Then("circuit {word} is reported CLOSED with REASON={word}")
    public void closedWithReason(String alias, String reason) {
        String id = c.circuit(alias);
        Optional<ObservedEvent> e = c.await(x -> x.event() instanceof CircEvent ce && ce.circuitId().equals(id)
                && (ce.status().equals("CLOSED") || ce.status().equals("FAILED")), c.eventBound());
        Checks.that(e.isPresent(), "expected 650 CIRC " + id + " CLOSED … REASON=" + reason + " within "
                + c.eventBound().toMillis() + " ms; circuit " + alias + ": " + statuses(alias));
        CircEvent ce = (CircEvent) e.get().event();
        Checks.that(ce.status().equals("CLOSED") && ce.reason().equals(Optional.of(reason)), "expected CLOSED with REASON="
                + reason + ", tor reported: " + e.get().text());
    }

    private CircEvent awaitEnd(String alias, String expected) {
        String id = c.circuit(alias);
        Optional<ObservedEvent> end = c.await(e -> e.event() instanceof CircEvent x && x.circuitId().equals(id)
                && ENDED.contains(x.status()), c.circuitBound());
        Checks.that(end.isPresent(), "expected circuit " + alias + " (" + id + ") to be " + expected + " within "
                + c.circuitBound().toMillis() + " ms; tor reported " + statuses(alias));
        CircEvent e = (CircEvent) end.get().event();
        Checks.that(e.status().equals(expected), "expected circuit " + alias + " to be " + expected + ", tor reported: "
                + end.get().text());
        return e;
    }

    private List<CircEvent> circEvents(String alias) {
        String id = c.circuit(alias);
        return c.events().stream().map(ObservedEvent::event).filter(e -> e instanceof CircEvent x && x.circuitId().equals(id))
                .map(e -> (CircEvent) e).toList();
    }

    private List<CircEvent> nonEmpty(String alias) {
        List<CircEvent> events = circEvents(alias);
        Checks.that(!events.isEmpty(), "no CIRC events for circuit " + alias + " (" + c.circuit(alias) + ")");
        return events;
    }

    private List<String> statuses(String alias) {
        return circEvents(alias).stream().map(e -> e.status() + "/" + e.path().size() + e.reason().map(r -> " REASON=" + r).orElse(""))
                .toList();
    }

    private List<String> texts(String type) {
        return c.events().stream().filter(e -> e.type().equals(type)).map(ObservedEvent::text).toList();
    }
}
