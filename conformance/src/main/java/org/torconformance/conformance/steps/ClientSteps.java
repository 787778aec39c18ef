package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.wire.ByteString;

/**
 * Steps for client targets: a mock tor scripted by the scenario, the library connecting to it,
 * and whether the library's last call succeeded or reported an error.
 */
public final class ClientSteps {
    private static final Set<String> HANDSHAKE = Set.of("PROTOCOLINFO", "AUTHCHALLENGE", "AUTHENTICATE");

    private final World world;

    public ClientSteps(World world) {
        this.world = world;
    }

    @Given("a mock tor")
    public void aMockTor() {
        aMockTorWith("none");
    }

    /** {@code none}, {@code cookie} (COOKIE and SAFECOOKIE), or {@code password:SECRET}. */
    @Given("a mock tor with {word} authentication")
    public void aMockTorWith(String auth) {
        world.clientTarget();
        world.mockAuth = auth;
        world.mock = MockTor.builder().auth(Auth.parse(auth)).seed(world.run().seed()).start();
        world.subscriptions = new SubscriptionAnswers();
        world.mock.reactor().run(() -> {
            world.mock.model().addInterceptor(new HousekeepingAnswers());
            world.mock.model().addInterceptor(world.subscriptions);
        });
    }

    /** A hashed control password (HASHEDPASSWORD); the library is given the password. */
    @Given("a mock tor with the password {string}")
    public void aMockTorWithThePassword(String password) {
        aMockTorWith("password:" + password);
    }

    @Given("the mock answers {string} with:")
    public void theMockAnswersWith(String keyword, String reply) {
        script(keyword, Text.wireLines(reply));
    }

    /** For handshake commands a case wants answered after the library has authenticated (PROTOCOLINFO again). */
    @Given("once connected, the mock answers {string} with:")
    public void onceConnectedTheMockAnswersWith(String keyword, String reply) {
        world.mock();
        if (world.controller != null) {
            world.mock().enqueueRaw(keyword, Text.wireLines(reply));
        } else {
            world.cannedAfterConnect.add(Map.entry(keyword, Text.wireLines(reply)));
        }
    }

    /** A one-line value of {@code length} bytes, for "no limit on line length" (control-spec §2.1). */
    @Given("the mock answers {string} with a {int}-byte value for {string}")
    public void theMockAnswersWithALongValue(String keyword, int length, String key) {
        script(keyword, ByteString.latin1("250-" + key + "=" + "x".repeat(length) + "\r\n250 OK\r\n"));
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
        if (world.controller != null || HANDSHAKE.contains(keyword.toUpperCase(Locale.ROOT))) {
            world.mock().enqueueRaw(keyword, bytes);
        } else {
            world.cannedAfterConnect.add(Map.entry(keyword, bytes));
        }
    }

    @When("the controller connects")
    public void theControllerConnects() {
        connect();
        if (world.lastError != null) {
            throw new AssertionError("expected the library to connect and authenticate, it failed: " + world.lastError.getMessage());
        }
    }

    /** For cases about authentication itself: the outcome is judged by the Then steps. */
    @When("the controller tries to connect")
    public void theControllerTriesToConnect() {
        connect();
    }

    /** The library is given a password other than the one tor expects. */
    @When("the controller tries to connect with the password {string}")
    public void theControllerTriesToConnectWithThePassword(String password) {
        connect(Optional.of(password));
    }

    private void connect() {
        connect(world.mockAuth.startsWith("password:")
                ? Optional.of(world.mockAuth.substring("password:".length())) : Optional.empty());
    }

    private void connect(Optional<String> password) {
        world.controller = world.clientTarget().newController(world.run().timeouts());
        Credentials credentials = new Credentials(password,
                world.mockAuth.equals("cookie") ? Optional.of(world.mock().cookieFile()) : Optional.empty());
        world.run(() -> world.controller.connect(ControlEndpoint.tcp(world.mock().controlPort()), credentials));
        world.cannedAfterConnect.forEach(a -> world.mock().enqueueRaw(a.getKey(), a.getValue()));
        world.cannedAfterConnect.clear();
    }

    @Then("the controller succeeds")
    public void theControllerSucceeds() {
        if (world.lastError != null) {
            throw new AssertionError("expected success, the library failed: " + world.lastError.getMessage());
        }
    }

    @Then("the controller reports an error")
    public void theControllerReportsAnError() {
        Checks.that(world.lastError instanceof LibraryError,
                "expected the library to report an error, it returned " + describe(world.lastResult));
    }

    /** The library must pass tor's explanation on to its user (the reply text, not only "error"). */
    @Then("the controller reports an error mentioning {string}")
    public void theControllerReportsAnErrorMentioning(String text) {
        theControllerReportsAnError();
        String message = world.lastError.getMessage();
        Checks.that(message != null && message.contains(text),
                "expected the library's error to mention " + Checks.show(text) + ", its error was " + Checks.show(message));
    }

    /** The status code tells a temporary failure (4yz) from a permanent one (5yz), and which kind. */
    @Then("the controller reports an error with status {int}")
    public void theControllerReportsAnErrorWithStatus(int status) {
        theControllerReportsAnError();
        LibraryError e = (LibraryError) world.lastError;
        Checks.that(e.status().isPresent(), "expected the library to expose the error's status " + status
                + ", it reported no status: " + e.getMessage());
        Checks.that(e.status().getAsInt() == status,
                "expected the error's status " + status + ", the library reported " + e.status().getAsInt() + ": " + e.getMessage());
    }

    static String describe(Object result) {
        return result == null ? "nothing (no error)" : result.toString();
    }
}
