package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.torconformance.MockTor;
import org.torconformance.conformance.socks.JournalText;
import org.torconformance.conformance.socks.RefusingPort;
import org.torconformance.conformance.socks.WebServer;
import org.torconformance.conformance.target.FetchRequest;
import org.torconformance.conformance.target.FetchResult;

/** Steps for SOCKS client targets: the world behind the mock's SocksPort, the fetch, and what the client reported. */
public final class SocksClientSteps {
    private final SocksClientCase c;

    public SocksClientSteps(SocksClientCase c) {
        this.c = c;
    }

    @Given("a web server on 127.0.0.1 that answers {string} with {string}")
    public void aWebServer(String path, String body) {
        c.web = WebServer.start();
        c.web.answer(path, body);
    }

    @Given("a mock tor with a SocksPort")
    public void aMockTorWithASocksPort() {
        c.target();
        c.mock = MockTor.builder().socksPort(0).seed(c.run().seed()).start();
    }

    /** The site's traffic goes to the web server; its name resolves to {@code address}, by tor or locally. */
    @Given("the SocksPort reaches that web server as {string} at {word}")
    public void theSocksPortReaches(String name, String address) {
        site(name, address, c.web().port());
    }

    /** The site's name resolves to {@code address}; the mock's connection to it is refused, as a closed port does. */
    @Given("{string} at {word} refuses connections")
    public void refusesConnections(String name, String address) {
        RefusingPort port = new RefusingPort();
        c.resources.add(port);
        site(name, address, port.port());
    }

    private void site(String name, String address, int port) {
        c.mock().socksRoutes().add(name + " -> connect 127.0.0.1:" + port + " as " + address);
        c.localNames.put(name, literal(address));
    }

    @When("the client fetches {string} through the SocksPort")
    public void theClientFetches(String url) {
        c.result = c.target().fetch(new FetchRequest(c.mock().socksPort(), URI.create(url), c.localNames), c.run().timeouts());
    }

    @Then("the client receives {string}")
    public void theClientReceives(String body) {
        if (c.result() instanceof FetchResult.Failed f) {
            throw new AssertionError("expected the client to receive \"" + body + "\", it reported a failure: " + f.error()
                    + "\nSOCKS requests:\n" + JournalText.describe(c.requests()));
        }
        String got = ((FetchResult.Received) c.result()).body();
        Expect.that(got.equals(body), () -> "expected the client to receive \"" + body + "\", it received \"" + got + "\"");
    }

    @Then("the web server was asked for {string} with Host {string}")
    public void theWebServerWasAskedFor(String path, String host) {
        boolean asked = c.web().requests().stream().anyMatch(r -> r.path().equals(path) && r.host().equals(host));
        Expect.that(asked, () -> "expected a request for " + path + " with Host " + host + "; the web server got "
                + c.web().requests());
    }

    @Then("the client reports a failure instead of a response")
    public void theClientReportsAFailure() {
        if (c.result() instanceof FetchResult.Received r) {
            throw new AssertionError("expected the client to report a failure, it returned a response: \"" + r.body() + "\"");
        }
    }

    private static InetAddress literal(String address) {
        if (!address.matches("[0-9.]+|\\[?[0-9A-Fa-f:]+\\]?")) {
            throw new IllegalArgumentException("a site's address is an IP literal, got " + address);
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", ""));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }
}
