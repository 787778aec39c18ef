package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.torconformance.client.RawControlClient;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.target.DaemonSpec;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Reply;

/**
 * Steps for daemon targets: the suite's raw client facing the mock or a live tor. Each thing the
 * client sends is one write; the daemon's answer is everything that arrives until the connection
 * has been quiet for a moment, compared byte for byte.
 */
public final class DaemonSteps {
    private final World world;
    ByteString answer = ByteString.EMPTY;

    public DaemonSteps(World world) {
        this.world = world;
    }

    @Given("a daemon with {word} authentication")
    public void aDaemonWith(String auth) {
        world.daemon = world.daemonTarget().daemon(DaemonSpec.of(auth), world.run().timeouts());
    }

    /** For cases that change the daemon's state (configuration, ownership, shutdown). */
    @Given("a fresh daemon with {word} authentication")
    public void aFreshDaemonWith(String auth) {
        world.daemon = world.daemonTarget().daemon(new DaemonSpec(auth, List.of(), true), world.run().timeouts());
    }

    /** Extra torrc lines, one per doc string line; a fresh daemon, since the options change it. */
    @Given("a fresh daemon with {word} authentication and the options:")
    public void aFreshDaemonWithOptions(String auth, String torrc) {
        List<String> lines = torrc.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        world.daemon = world.daemonTarget().daemon(new DaemonSpec(auth, lines, true), world.run().timeouts());
    }

    @When("the client connects")
    public void theClientConnects() {
        world.raw = RawControlClient.connect(world.daemon.endpoint().port());
    }

    /** Authenticates as the daemon's configuration asks: the cookie as hex, the password quoted. */
    @When("the client connects and authenticates")
    public void theClientConnectsAndAuthenticates() {
        theClientConnects();
        Reply r = world.raw().command("AUTHENTICATE" + credentialArgument(world.daemon.credentials()));
        if (r.status() != 250) {
            throw new IllegalStateException("could not authenticate to the daemon: " + r);
        }
    }

    static String credentialArgument(Credentials c) {
        try {
            if (c.cookieFile().isPresent()) {
                return " " + HexFormat.of().formatHex(Files.readAllBytes(c.cookieFile().get()));
            }
            if (c.password().isPresent()) {
                return " \"" + c.password().get() + "\"";
            }
            return "";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the cookie file", e);
        }
    }

    /** COOKIE authentication: the cookie file's 32 bytes as 64 hex digits. */
    @When("the client sends AUTHENTICATE with the cookie")
    public void theClientSendsAuthenticateWithTheCookie() {
        theClientSends("AUTHENTICATE" + credentialArgument(world.daemon.credentials()));
    }

    @When("the client sends {string}")
    public void theClientSends(String line) {
        sendRaw(line + "\\r\\n");
    }

    @When("the client sends the bytes {string}")
    public void sendRaw(String bytes) {
        send(Text.bytes(bytes));
    }

    /** Several commands in one write (pipelined), each line ended by CRLF. */
    @When("the client sends the lines:")
    public void theClientSendsTheLines(String docString) {
        send(Text.wireLines(docString));
    }

    /** A command line of exactly {@code length} bytes before its CRLF: {@code prefix} padded with 'x'. */
    @When("the client sends {string} padded to {int} bytes")
    public void theClientSendsPadded(String prefix, int length) {
        ByteStringBuilder b = new ByteStringBuilder(length + 2);
        b.append(Text.bytes(prefix));
        while (b.length() < length) {
            b.append('x');
        }
        send(b.crlf().build());
    }

    /**
     * Sends, then takes as the answer what arrives until the connection is quiet. A tor that has
     * just started can take a while to answer its first command, so the quiet period only starts
     * counting once the first byte is in (or after a bound, for commands that get no answer).
     */
    void send(ByteString bytes) {
        world.raw().drain(Duration.ZERO, Duration.ZERO);
        int before = world.raw().received().length();
        world.raw().send(bytes);
        long deadline = System.nanoTime() + FIRST_BYTE.toNanos();
        while (world.raw().received().length() == before && !world.raw().isClosedByPeer() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
        answer = world.raw().drain(world.run().timeouts().quiet(), world.run().timeouts().step());
    }

    private static final Duration FIRST_BYTE = Duration.ofSeconds(1);

    @Then("the daemon answers {string}")
    public void theDaemonAnswers(String expected) {
        ByteString e = Text.bytes(expected);
        Checks.that(e.equals(answer), "expected " + Text.show(e) + ", the daemon answered " + Text.show(answer));
    }

    /** The answer's lines, each ended by CRLF on the wire. */
    @Then("the daemon answers with the lines:")
    public void theDaemonAnswersWithTheLines(String docString) {
        ByteString e = Text.wireLines(docString);
        Checks.that(e.equals(answer), "expected " + Text.show(e) + ", the daemon answered " + Text.show(answer));
    }

    /** Only where tor's output legitimately varies (versions, nonces, paths, times). */
    @Then("the daemon answers matching {string}")
    public void theDaemonAnswersMatching(String regex) {
        Checks.that(Pattern.compile(regex, Pattern.DOTALL).matcher(answer.latin1()).matches(),
                "expected an answer matching /" + regex + "/, the daemon answered " + Text.show(answer));
    }

    /** One regex per doc string line; the answer is exactly those lines, each ended by CRLF. */
    @Then("the daemon answers with lines matching:")
    public void theDaemonAnswersWithLinesMatching(String docString) {
        StringBuilder regex = new StringBuilder();
        for (String line : docString.split("\n")) {
            regex.append(line).append("\\r\\n");
        }
        theDaemonAnswersMatching(regex.toString());
    }

    @Then("the daemon answers nothing")
    public void theDaemonAnswersNothing() {
        Checks.that(answer.isEmpty(), "expected no answer, the daemon answered " + Text.show(answer));
    }

    @Then("the daemon closes the connection")
    public void theDaemonClosesTheConnection() {
        Checks.that(world.raw().awaitClosed(world.run().timeouts().step()), "expected the daemon to close the connection; it kept it open");
    }

    @Then("the daemon keeps the connection open")
    public void theDaemonKeepsTheConnectionOpen() {
        Checks.that(!world.raw().awaitClosed(world.run().timeouts().quiet()), "expected the daemon to keep the connection open; it closed it");
    }
}
