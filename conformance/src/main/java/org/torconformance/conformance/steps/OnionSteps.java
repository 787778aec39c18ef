package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Onion services: ADD_ONION, DEL_ONION, HSFETCH, +HSPOST and client authorization. */
public final class OnionSteps {
    private final World world;

    public OnionSteps(World world) {
        this.world = world;
    }

    /**
     * Ports as tor's {@code Port=} values, space-separated: {@code 80} or {@code 80,127.0.0.1:8080}.
     * Flags space-separated; an empty string for none.
     */
    @When("the controller adds an onion service with key {string}, ports {string} and flags {string}")
    public void theControllerAddsAnOnionService(String key, String ports, String flags) {
        Map<Integer, String> p = new LinkedHashMap<>();
        for (String port : ports.split(" ")) {
            String[] vt = port.split(",", 2);
            p.put(Integer.parseInt(vt[0]), vt.length > 1 ? vt[1] : null);
        }
        List<String> f = flags.isBlank() ? List.of() : List.of(flags.split(" "));
        world.call(() -> world.controller().addOnion(key, p, f));
    }

    @When("the controller adds an onion service with key {string} and ports {string}")
    public void theControllerAddsAnOnionServiceWithoutFlags(String key, String ports) {
        theControllerAddsAnOnionService(key, ports, "");
    }

    @Then("the controller reports the service id {string}")
    public void theControllerReportsTheServiceId(String id) {
        expect("ServiceID", id);
    }

    @Then("the controller reports the private key {string}")
    public void theControllerReportsThePrivateKey(String key) {
        expect("PrivateKey", key);
    }

    @Then("the controller reports no private key")
    public void theControllerReportsNoPrivateKey() {
        @SuppressWarnings("unchecked")
        Map<String, String> got = world.result(Map.class);
        Checks.that(got.get("PrivateKey") == null || got.get("PrivateKey").isEmpty(),
                "expected no private key (DiscardPK), the library returned " + got);
    }

    private void expect(String name, String value) {
        @SuppressWarnings("unchecked")
        Map<String, String> got = world.result(Map.class);
        Checks.that(value.equals(got.get(name)), "expected " + name + " " + Checks.show(value) + ", the library returned " + got);
    }

    @When("the controller removes the onion service {string}")
    public void theControllerRemovesTheOnionService(String id) {
        world.run(() -> world.controller().delOnion(id));
    }

    @When("the controller fetches the onion descriptor of {string}")
    public void theControllerFetches(String address) {
        world.run(() -> world.controller().hsFetch(address, List.of()));
    }

    @When("the controller fetches the onion descriptor of {string} from {string}")
    public void theControllerFetchesFrom(String address, String servers) {
        world.run(() -> world.controller().hsFetch(address, List.of(servers.split(" "))));
    }

    @When("the controller posts the onion descriptor of {string}:")
    public void theControllerPostsTheOnionDescriptor(String address, String descriptor) {
        world.run(() -> world.controller().hsPost(Text.string(descriptor), List.of(), Optional.of(address)));
    }

    /** The key is the base64 of the 32-byte x25519 private key; the library adds {@code x25519:}. */
    @When("the controller adds client authorization for {string} with key {string}")
    public void theControllerAddsClientAuth(String address, String key) {
        world.run(() -> world.controller().onionClientAuthAdd(address, key, Optional.empty(), List.of()));
    }

    @When("the controller adds client authorization for {string} with key {string} named {string}")
    public void theControllerAddsClientAuthNamed(String address, String key, String name) {
        world.run(() -> world.controller().onionClientAuthAdd(address, key, Optional.of(name), List.of()));
    }

    @When("the controller removes client authorization for {string}")
    public void theControllerRemovesClientAuth(String address) {
        world.run(() -> world.controller().onionClientAuthRemove(address));
    }

    @When("the controller views client authorization for {string}")
    public void theControllerViewsClientAuth(String address) {
        world.run(() -> world.controller().onionClientAuthView(Optional.of(address)));
    }
}
