package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.journal.JournalEntry;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;

/** Steps for client targets: a library facing the mock. */
public final class ClientSteps {
    private final World world;

    public ClientSteps(World world) {
        this.world = world;
    }

    @Given("a mock tor")
    public void aMockTor() {
        aMockTorWith("none");
    }

    @Given("a mock tor with {word} authentication")
    public void aMockTorWith(String auth) {
        world.clientTarget();
        world.mock = MockTor.builder().auth(Auth.parse(auth)).seed(world.run().seed()).start();
    }

    @Given("the mock answers {string} with:")
    public void theMockAnswersWith(String keyword, String reply) {
        script(keyword, Text.wireLines(reply));
    }

    @Given("the mock answers {string} with the raw bytes {string}")
    public void theMockAnswersWithRaw(String keyword, String bytes) {
        script(keyword, Text.bytes(bytes));
    }

    /**
     * A canned answer is for the scenario's own command, so it waits until the library has
     * connected: libraries send commands of their own while connecting (txtorcon's GETINFO
     * version and events/names, stem's GETCONF __OwningControllerProcess) that must not take it.
     * Answers to the handshake itself apply at once.
     */
    private void script(String keyword, ByteString bytes) {
        world.mock();
        if (world.controller != null || HANDSHAKE.contains(keyword.toUpperCase(java.util.Locale.ROOT))) {
            world.mock().enqueueRaw(keyword, bytes);
        } else {
            world.cannedAfterConnect.add(Map.entry(keyword, bytes));
        }
    }

    private static final java.util.Set<String> HANDSHAKE = java.util.Set.of("PROTOCOLINFO", "AUTHCHALLENGE", "AUTHENTICATE");

    @When("the controller connects")
    public void theControllerConnects() {
        world.controller = world.clientTarget().newController(world.run().timeouts());
        Credentials credentials = world.mock.model().config().bool("CookieAuthentication")
                ? new Credentials(Optional.empty(), Optional.of(world.mock.cookieFile())) : Credentials.none();
        call(() -> {
            world.controller.connect(ControlEndpoint.tcp(world.mock().controlPort()), credentials);
            return null;
        });
        rethrowSetupFailure();
        world.cannedAfterConnect.forEach(a -> world.mock().enqueueRaw(a.getKey(), a.getValue()));
        world.cannedAfterConnect.clear();
    }

    @When("the controller asks for info {string}")
    public void theControllerAsksForInfo(String keys) {
        call(() -> world.controller().getInfo(List.of(keys.split(" "))));
    }

    @Then("the controller gets info {string} = {string}")
    @SuppressWarnings("unchecked")
    public void theControllerGetsInfo(String key, String value) {
        Map<String, String> got = (Map<String, String>) result();
        String expected = Text.bytes(value).latin1();
        String actual = got.get(key);
        // Tor writes "a" and "a\n" as the same data block, so a trailing newline is the library's choice.
        boolean same = actual != null && (actual.equals(expected) || actual.equals(expected + "\n"));
        check(same, "info " + key + ": expected " + quote(expected) + ", the library returned "
                + (actual == null ? "no value" : quote(actual)) + " (all: " + got + ")");
    }

    @Then("the controller reports an error")
    public void theControllerReportsAnError() {
        check(world.lastError instanceof LibraryError, "expected the library to report an error, it returned " + world.lastResult);
    }

    @Then("the controller succeeds")
    public void theControllerSucceeds() {
        if (world.lastError != null) {
            throw new AssertionError("expected success, the library failed: " + world.lastError.getMessage());
        }
    }

    @Then("the controller sent exactly {string}")
    public void theControllerSentExactly(String bytes) {
        ByteString expected = Text.bytes(bytes);
        ByteString sent = clientBytes();
        check(indexOf(sent, expected) >= 0, "expected the client to send " + Text.show(expected) + "; it sent " + Text.show(sent));
    }

    @Then("the controller sent a {word} command")
    public void theControllerSentACommand(String keyword) {
        List<Command> got = world.mock().journal().commands(keyword);
        check(!got.isEmpty(), "no " + keyword + " command arrived; commands: " + world.mock().journal().commands());
    }

    private ByteString clientBytes() {
        ByteStringBuilder b = new ByteStringBuilder();
        for (JournalEntry e : world.mock().journal().entries()) {
            if (e instanceof JournalEntry.Received r) {
                b.append(r.bytes());
            }
        }
        return b.build();
    }

    static int indexOf(ByteString hay, ByteString needle) {
        outer:
        for (int i = 0; i + needle.length() <= hay.length(); i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (hay.at(i + j) != needle.at(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Runs a library operation; library errors are kept for Then steps, hangs and gaps end the case. */
    private void call(java.util.function.Supplier<Object> op) {
        world.lastResult = null;
        world.lastError = null;
        try {
            world.lastResult = op.get();
        } catch (Hang | Unimplemented e) {
            throw e;
        } catch (LibraryError e) {
            world.lastError = e;
        }
    }

    private void rethrowSetupFailure() {
        if (world.lastError != null) {
            throw new AssertionError("the library could not connect and authenticate: " + world.lastError.getMessage());
        }
    }

    private Object result() {
        if (world.lastError != null) {
            throw new AssertionError("the library failed: " + world.lastError.getMessage());
        }
        return world.lastResult;
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    static String quote(String s) {
        return "\"" + ByteString.latin1(s) + "\"";
    }
}
