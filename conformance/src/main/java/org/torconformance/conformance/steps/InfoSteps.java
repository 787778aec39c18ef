package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.torconformance.conformance.controller.ProtocolInfoResult;

/** GETINFO and PROTOCOLINFO through the library's API, and what it made of the answers. */
public final class InfoSteps {
    private final World world;

    public InfoSteps(World world) {
        this.world = world;
    }

    @When("the controller asks for info {string}")
    public void theControllerAsksForInfo(String keys) {
        world.call(() -> world.controller().getInfo(List.of(keys.split(" "))));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> info() {
        return world.result(Map.class);
    }

    @Then("the controller gets info {string} = {string}")
    public void theControllerGetsInfo(String key, String value) {
        expectValue(key, value);
    }

    /** A multi-line value: the doc string's lines joined by LF (tor's data block, decoded). */
    @Then("the controller gets info {string} with the lines:")
    public void theControllerGetsInfoLines(String key, String docString) {
        expectValue(key, docString);
    }

    @Then("the controller gets info {string} empty")
    public void theControllerGetsInfoEmpty(String key) {
        expectValue(key, "");
    }

    /** {@code expected} is feature text (escapes applied, see {@link Text#sameText}). */
    private void expectValue(String key, String expected) {
        Map<String, String> got = info();
        String actual = got.get(key);
        // Tor writes "a" and "a\n" as the same data block, so a trailing newline is the library's choice.
        boolean same = Text.sameText(actual, expected) || Text.sameText(actual, expected + "\\n");
        Checks.that(same, "expected info " + key + " = " + Checks.show(Text.string(expected)) + ", the library returned "
                + (actual == null ? "no value for it" : Checks.show(actual)) + " (all: " + got.keySet() + ")");
    }

    @Then("the controller gets info {string} of {int} bytes")
    public void theControllerGetsInfoOfLength(String key, int length) {
        expectValue(key, "x".repeat(length));
    }

    @When("the controller asks for the protocol info")
    public void theControllerAsksForTheProtocolInfo() {
        world.call(() -> world.controller().protocolInfo());
    }

    /**
     * Compared by meaning, not spelling: libraries name the methods their own way (stem's NONE and
     * PASSWORD for NULL and HASHEDPASSWORD, plus an UNKNOWN marker next to the unknown names).
     */
    @Then("the protocol info lists the auth methods {string}")
    public void theProtocolInfoListsTheAuthMethods(String methods) {
        ProtocolInfoResult p = world.result(ProtocolInfoResult.class);
        TreeSet<String> expected = new TreeSet<>(Arrays.asList(methods.split(",")));
        TreeSet<String> got = new TreeSet<>();
        for (String m : p.authMethods()) {
            String u = m.toUpperCase(java.util.Locale.ROOT);
            switch (u) {
                case "NONE" -> got.add("NULL");
                case "PASSWORD" -> got.add("HASHEDPASSWORD");
                case "UNKNOWN" -> { }
                default -> got.add(u);
            }
        }
        Checks.that(expected.equals(got), "expected the auth methods " + expected + ", the library parsed " + p.authMethods());
    }

    @Then("the protocol info gives the cookie file {string}")
    public void theProtocolInfoGivesTheCookieFile(String path) {
        ProtocolInfoResult p = world.result(ProtocolInfoResult.class);
        Checks.that(p.cookieFile().isPresent() && Text.sameText(p.cookieFile().get(), path),
                "expected the cookie file " + Checks.show(Text.string(path)) + ", the library parsed " + p.cookieFile().map(Checks::show).orElse("none"));
    }

    @Then("the protocol info gives the tor version {string}")
    public void theProtocolInfoGivesTheTorVersion(String version) {
        ProtocolInfoResult p = world.result(ProtocolInfoResult.class);
        Checks.that(p.torVersion().isPresent() && p.torVersion().get().startsWith(version),
                "expected the tor version " + version + ", the library parsed " + p.torVersion().map(Checks::show).orElse("none"));
    }
}
