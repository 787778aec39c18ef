package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import org.torconformance.client.RawControlClient;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.socks.HexText;
import org.torconformance.conformance.socks.RawSocksClient;
import org.torconformance.conformance.target.DaemonSpec;
import org.torconformance.conformance.target.DaemonTarget;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.wire.Reply;

/**
 * Steps for daemon targets' SocksPorts: a daemon with a SocksPort, its address map set through its control
 * port, and what the suite's raw SOCKS client sends (exact bytes, or messages built by mock-tor's
 * SocksClientCodec).
 */
public final class SocksDaemonSteps {
    private final SocksConversation s;

    public SocksDaemonSteps(SocksConversation s) {
        this.s = s;
    }

    @Given("a daemon with a SocksPort")
    public void aDaemonWithASocksPort() {
        if (!(s.run().target() instanceof DaemonTarget target)) {
            throw new IllegalStateException("this step needs a daemon target, the run's target is " + s.run().target().name());
        }
        s.daemon = target.daemon(DaemonSpec.of("none").withSocksPort(), s.run().timeouts());
        if (s.daemon.socksPort().isEmpty()) {
            throw new IllegalStateException("target " + target.name() + " gave a daemon without the SocksPort it was asked for");
        }
    }

    @Given("the daemon maps {string} to {string} through its control port")
    public void theDaemonMaps(String from, String to) {
        String command = "MAPADDRESS " + from + "=" + to;
        try (RawControlClient control = RawControlClient.connect(s.daemon().endpoint().port())) {
            Reply auth = control.command("AUTHENTICATE" + authArgument(s.daemon().credentials()));
            if (auth.status() != 250) {
                throw new IllegalStateException("could not authenticate to the daemon's control port: " + auth);
            }
            Reply reply = control.command(command);
            s.controlLog.append("control: C> ").append(command).append("\ncontrol: S< ").append(reply).append('\n');
            Expect.that(reply.status() == 250, () -> "expected " + command + " to be answered 250 " + from + "=" + to
                    + ", the daemon answered " + reply);
        }
    }

    @When("the SOCKS client connects to the SocksPort")
    public void theSocksClientConnects() {
        s.client = RawSocksClient.connect(s.daemon().socksPort().getAsInt(), s.run().timeouts().step());
    }

    @When("the SOCKS client sends {string}")
    public void theSocksClientSends(String bytes) {
        s.client().send(HexText.parse(bytes));
    }

    @When("the SOCKS client authenticates as {string} with password {string}")
    public void theSocksClientAuthenticates(String username, String password) {
        s.client().send(SocksClientCodec.usernamePassword(username.getBytes(StandardCharsets.ISO_8859_1),
                password.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @When("the SOCKS client asks to RESOLVE {string} over SOCKS5")
    public void theSocksClientResolves(String hostname) {
        s.client().send(SocksClientCodec.socks5(SocksCommand.RESOLVE, SocksAddress.hostname(hostname), 0));
    }

    @When("the SOCKS client sends the howto's SOCKS4a CONNECT to {string} port {int}")
    public void theSocksClientSendsHowtoSocks4a(String hostname, int port) {
        s.client().send(SocksClientCodec.socks4a(SocksCommand.CONNECT, hostname, port, ""));
    }

    private static String authArgument(Credentials c) {
        if (c.cookieFile().isPresent()) {
            try {
                return " " + HexFormat.of().formatHex(Files.readAllBytes(c.cookieFile().get()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the daemon's cookie file", e);
            }
        }
        return c.password().map(p -> " \"" + p + "\"").orElse("");
    }
}
