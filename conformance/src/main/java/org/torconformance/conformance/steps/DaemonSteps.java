package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.torconformance.client.RawControlClient;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.target.DaemonSpec;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/** Steps for daemon targets: the suite's raw client facing the mock or a live tor. */
public final class DaemonSteps {
    private final World world;
    private ByteString answer = ByteString.EMPTY;

    public DaemonSteps(World world) {
        this.world = world;
    }

    @Given("a daemon with {word} authentication")
    public void aDaemonWith(String auth) {
        world.daemon = world.daemonTarget().daemon(DaemonSpec.of(auth), world.run().timeouts());
    }

    @Given("a fresh daemon with {word} authentication")
    public void aFreshDaemonWith(String auth) {
        world.daemon = world.daemonTarget().daemon(new DaemonSpec(auth, List.of(), true), world.run().timeouts());
    }

    @When("the client connects")
    public void theClientConnects() {
        world.raw = RawControlClient.connect(world.daemon.endpoint().port());
    }

    @When("the client connects and authenticates")
    public void theClientConnectsAndAuthenticates() {
        theClientConnects();
        Credentials c = world.daemon.credentials();
        String arg;
        try {
            if (c.cookieFile().isPresent()) {
                arg = " " + HexFormat.of().formatHex(java.nio.file.Files.readAllBytes(c.cookieFile().get()));
            } else if (c.password().isPresent()) {
                arg = " \"" + c.password().get() + "\"";
            } else {
                arg = "";
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the cookie file", e);
        }
        Reply r = world.raw().command("AUTHENTICATE" + arg);
        if (r.status() != 250) {
            throw new IllegalStateException("could not authenticate to the daemon: " + r);
        }
    }

    @When("the client sends {string}")
    public void theClientSends(String line) {
        sendRaw(line + "\\r\\n");
    }

    @When("the client sends the bytes {string}")
    public void sendRaw(String bytes) {
        world.raw().drain(Duration.ZERO, Duration.ZERO);
        world.raw().send(Text.bytes(bytes));
        answer = world.raw().drain(world.run().timeouts().quiet(), world.run().timeouts().step());
    }

    @Then("the daemon answers {string}")
    public void theDaemonAnswers(String expected) {
        ByteString e = Text.bytes(expected);
        ClientSteps.check(e.equals(answer), "expected " + Text.show(e) + ", the daemon answered " + Text.show(answer));
    }

    @Then("the daemon answers matching {string}")
    public void theDaemonAnswersMatching(String regex) {
        ClientSteps.check(Pattern.compile(regex, Pattern.DOTALL).matcher(answer.latin1()).matches(),
                "expected an answer matching /" + regex + "/, the daemon answered " + Text.show(answer));
    }

    @Then("the daemon closes the connection")
    public void theDaemonClosesTheConnection() {
        ClientSteps.check(world.raw().awaitClosed(world.run().timeouts().step()), "the daemon kept the connection open");
    }
}
