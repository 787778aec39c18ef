package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.crypto.SafeCookie;

/** The SAFECOOKIE handshake (control-spec §3.24) from the raw client: challenge, proof, answer. */
public final class SafeCookieSteps {
    private static final Pattern CHALLENGE = Pattern.compile("250 AUTHCHALLENGE SERVERHASH=([0-9A-F]{64}) SERVERNONCE=([0-9A-F]{64})\r\n");

    private final World world;
    private final DaemonSteps daemon;
    private byte[] clientNonce;

    public SafeCookieSteps(World world, DaemonSteps daemon) {
        this.world = world;
        this.daemon = daemon;
    }

    @When("the client asks for a SAFECOOKIE challenge with the nonce {string}")
    public void theClientAsksForAChallenge(String hexNonce) {
        clientNonce = HexFormat.of().parseHex(hexNonce);
        daemon.theClientSends("AUTHCHALLENGE SAFECOOKIE " + hexNonce);
    }

    @Then("the daemon's server hash proves it knows the cookie")
    public void theServerHashProvesTheCookie() {
        Matcher m = challenge();
        byte[] serverHash = HexFormat.of().parseHex(m.group(1));
        byte[] serverNonce = HexFormat.of().parseHex(m.group(2));
        Checks.that(cookie().isServerHash(clientNonce, serverNonce, serverHash),
                "expected SERVERHASH to be HMAC-SHA256 of the cookie and both nonces; it is not: " + m.group(1));
    }

    @When("the client answers the challenge")
    public void theClientAnswersTheChallenge() {
        Matcher m = challenge();
        byte[] serverNonce = HexFormat.of().parseHex(m.group(2));
        byte[] clientHash = cookie().clientHash(clientNonce, serverNonce);
        daemon.theClientSends("AUTHENTICATE " + HexFormat.of().withUpperCase().formatHex(clientHash));
    }

    private Matcher challenge() {
        Matcher m = CHALLENGE.matcher(daemon.answer.latin1());
        Checks.that(m.matches(), "expected a 250 AUTHCHALLENGE reply with SERVERHASH and SERVERNONCE, the daemon answered "
                + Text.show(daemon.answer));
        return m;
    }

    private SafeCookie cookie() {
        try {
            return new SafeCookie(Files.readAllBytes(world.daemon.credentials().cookieFile()
                    .orElseThrow(() -> new IllegalStateException("SAFECOOKIE needs a daemon with cookie authentication"))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the cookie file", e);
        }
    }
}
