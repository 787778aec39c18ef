package org.torconformance.conformance.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Circuits, streams and addresses: EXTENDCIRCUIT … CLOSECIRCUIT, MAPADDRESS, RESOLVE. */
public final class CircuitSteps {
    private final World world;

    public CircuitSteps(World world) {
        this.world = world;
    }

    /** Circuit 0 asks tor for a new circuit; the path is comma-separated server specs. */
    @When("the controller extends circuit {string} through {string}")
    public void theControllerExtendsCircuit(String circuit, String path) {
        world.call(() -> world.controller().extendCircuit(circuit, List.of(path.split(",")), Optional.empty()));
    }

    @When("the controller extends circuit {string} through {string} with purpose {string}")
    public void theControllerExtendsCircuitWithPurpose(String circuit, String path, String purpose) {
        world.call(() -> world.controller().extendCircuit(circuit, List.of(path.split(",")), Optional.of(purpose)));
    }

    /** The circuit id from {@code 250 EXTENDED <id>}, usable as it is in the next EXTENDCIRCUIT. */
    @Then("the controller reports the circuit {string}")
    public void theControllerReportsTheCircuit(String id) {
        String got = world.result(String.class);
        Checks.that(got.equals(id), "expected the circuit id " + Checks.show(id) + ", the library returned " + Checks.show(got));
    }

    @When("the controller sets the purpose of circuit {string} to {string}")
    public void theControllerSetsThePurposeOfCircuit(String circuit, String purpose) {
        world.run(() -> world.controller().setCircuitPurpose(circuit, purpose));
    }

    @When("the controller attaches stream {string} to circuit {string}")
    public void theControllerAttachesStream(String stream, String circuit) {
        world.run(() -> world.controller().attachStream(stream, circuit, Optional.empty()));
    }

    @When("the controller attaches stream {string} to circuit {string} at hop {int}")
    public void theControllerAttachesStreamAtHop(String stream, String circuit, int hop) {
        world.run(() -> world.controller().attachStream(stream, circuit, Optional.of(hop)));
    }

    @When("the controller redirects stream {string} to {string}")
    public void theControllerRedirectsStream(String stream, String address) {
        world.run(() -> world.controller().redirectStream(stream, address, Optional.empty()));
    }

    @When("the controller redirects stream {string} to {string} port {int}")
    public void theControllerRedirectsStreamPort(String stream, String address, int port) {
        world.run(() -> world.controller().redirectStream(stream, address, Optional.of(port)));
    }

    @When("the controller closes stream {string} with reason {int}")
    public void theControllerClosesStream(String stream, int reason) {
        world.run(() -> world.controller().closeStream(stream, reason));
    }

    @When("the controller closes circuit {string}")
    public void theControllerClosesCircuit(String circuit) {
        world.run(() -> world.controller().closeCircuit(circuit, false));
    }

    @When("the controller closes circuit {string} if it is unused")
    public void theControllerClosesCircuitIfUnused(String circuit) {
        world.run(() -> world.controller().closeCircuit(circuit, true));
    }

    @When("the controller maps {string} to {string}")
    public void theControllerMaps(String from, String to) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(from, to);
        world.call(() -> world.controller().mapAddress(pairs));
    }

    /** A two-column table, original and replacement, sent in one MAPADDRESS in table order. */
    @When("the controller maps the addresses:")
    public void theControllerMapsTheAddresses(DataTable table) {
        Map<String, String> pairs = new LinkedHashMap<>();
        table.asLists().forEach(row -> pairs.put(row.get(0), row.get(1)));
        world.call(() -> world.controller().mapAddress(pairs));
    }

    @Then("the controller reports the mapping {string} to {string}")
    public void theControllerReportsTheMapping(String from, String to) {
        @SuppressWarnings("unchecked")
        Map<String, String> got = world.result(Map.class);
        Checks.that(to.equals(got.get(from)), "expected the mapping " + from + " -> " + to + ", the library returned " + got);
    }

    @Then("the controller reports no mapping for {string}")
    public void theControllerReportsNoMappingFor(String from) {
        @SuppressWarnings("unchecked")
        Map<String, String> got = world.result(Map.class);
        Checks.that(!got.containsKey(from), "expected no mapping for " + from + " (tor refused it), the library returned " + got);
    }

    @When("the controller resolves {string}")
    public void theControllerResolves(String addresses) {
        world.run(() -> world.controller().resolve(List.of(addresses.split(" ")), false));
    }

    @When("the controller reverse-resolves {string}")
    public void theControllerReverseResolves(String addresses) {
        world.run(() -> world.controller().resolve(List.of(addresses.split(" ")), true));
    }
}
