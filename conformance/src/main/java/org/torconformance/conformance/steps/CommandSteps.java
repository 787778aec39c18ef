package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;

/**
 * Commands whose result is just success or failure (SIGNAL, USEFEATURE, ownership, DROPGUARDS,
 * DROPTIMEOUTS) and +POSTDESCRIPTOR.
 */
public final class CommandSteps {
    private final World world;

    public CommandSteps(World world) {
        this.world = world;
    }

    @When("the controller sends the signal {string}")
    public void theControllerSendsTheSignal(String name) {
        world.run(() -> world.controller().signal(name));
    }

    @When("the controller enables the features {string}")
    public void theControllerEnablesTheFeatures(String names) {
        world.run(() -> world.controller().useFeature(List.of(names.split(" "))));
    }

    @When("the controller takes ownership of tor")
    public void theControllerTakesOwnership() {
        world.run(() -> world.controller().takeOwnership());
    }

    @When("the controller drops ownership of tor")
    public void theControllerDropsOwnership() {
        world.run(() -> world.controller().dropOwnership());
    }

    @When("the controller drops the guards")
    public void theControllerDropsTheGuards() {
        world.run(() -> world.controller().dropGuards());
    }

    @When("the controller drops the circuit build timeouts")
    public void theControllerDropsTheTimeouts() {
        world.run(() -> world.controller().dropTimeouts());
    }

    @When("the controller posts the descriptor:")
    public void theControllerPostsTheDescriptor(String descriptor) {
        world.call(() -> world.controller().postDescriptor(Text.string(descriptor), Optional.empty(), Optional.empty()));
    }

    @When("the controller posts with purpose {string} the descriptor:")
    public void theControllerPostsWithPurpose(String purpose, String descriptor) {
        world.call(() -> world.controller().postDescriptor(Text.string(descriptor), Optional.of(purpose), Optional.empty()));
    }

    /** What the library shows its user for a 251 ("not added"): tor's reason must reach them. */
    @Then("the controller returns a text mentioning {string}")
    public void theControllerReturnsATextMentioning(String text) {
        String got = world.result(String.class);
        Checks.that(got.contains(text), "expected the library to return a text mentioning " + Checks.show(text) + ", it returned "
                + Checks.show(got));
    }
}
