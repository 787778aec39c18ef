package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Decoded;
import org.torconformance.wire.QuotedString;
import org.torconformance.wire.WireFormatException;

/** How the library authenticated, judged from what it sent (the mock's journal). */
public final class AuthSteps {
    private final World world;

    public AuthSteps(World world) {
        this.world = world;
    }

    private List<String> keywords() {
        return SentCommands.of(world.mock().journal()).stream().map(SentCommands::keyword).toList();
    }

    /** SAFECOOKIE (control-spec §3.24): a controller must check tor's proof before it answers. */
    @Then("the controller rejects the forged server hash")
    public void theControllerRejectsTheForgedServerHash() {
        List<String> sent = keywords();
        int challenge = sent.indexOf("AUTHCHALLENGE");
        if (challenge < 0) {
            throw new Unimplemented(world.target().name(), "SAFECOOKIE authentication (it sent no AUTHCHALLENGE; it sent " + sent + ")");
        }
        Checks.that(!sent.subList(challenge, sent.size()).contains("AUTHENTICATE"),
                "expected the library to stop after tor's SERVERHASH failed to verify; it went on to AUTHENTICATE: " + sent);
        Checks.that(world.lastError != null, "expected the library to report the failed verification, it reported success");
    }

    /** Tor closes the connection on a second PROTOCOLINFO before authentication (control-spec §3.21). */
    @Then("the controller sent PROTOCOLINFO at most once before authenticating")
    public void protocolInfoAtMostOnce() {
        List<String> sent = keywords();
        int auth = sent.indexOf("AUTHENTICATE");
        List<String> before = auth < 0 ? sent : sent.subList(0, auth);
        long n = before.stream().filter("PROTOCOLINFO"::equals).count();
        Checks.that(n <= 1, "expected at most one PROTOCOLINFO before AUTHENTICATE, the library sent " + sent);
    }

    /** The SAFECOOKIE client nonce (control-spec §3.24), for libraries that use SAFECOOKIE. */
    @Then("the controller's SAFECOOKIE nonce matches {string}")
    public void theSafeCookieNonceMatches(String regex) {
        List<ByteString> challenges = SentCommands.withKeyword(world.mock().journal(), "AUTHCHALLENGE");
        if (challenges.isEmpty()) {
            throw new Unimplemented(world.target().name(), "SAFECOOKIE authentication (it sent no AUTHCHALLENGE; it sent " + keywords() + ")");
        }
        ByteString got = challenges.get(0);
        Checks.that(java.util.regex.Pattern.compile(regex).matcher(got.latin1()).matches(),
                "expected the AUTHCHALLENGE command to match /" + regex + "/, the library sent " + Text.show(got));
    }

    /** Used SAFECOOKIE when tor offered it: the challenge came before AUTHENTICATE. */
    @Then("the controller authenticated with SAFECOOKIE")
    public void theControllerUsedSafeCookie() {
        List<String> sent = keywords();
        int challenge = sent.indexOf("AUTHCHALLENGE");
        Checks.that(challenge >= 0 && sent.indexOf("AUTHENTICATE") > challenge,
                "expected AUTHCHALLENGE SAFECOOKIE, then AUTHENTICATE; the library sent " + sent);
    }

    /** The secret goes out as hex, or as a QuotedString that decodes (backslash-any) to the secret. */
    @Then("the controller sent the password {string} as hex or as a quoted string")
    public void theControllerSentThePassword(String password) {
        List<ByteString> auth = SentCommands.withKeyword(world.mock().journal(), "AUTHENTICATE");
        Checks.that(!auth.isEmpty(), "expected an AUTHENTICATE command, the library sent " + keywords());
        ByteString line = auth.get(auth.size() - 1);
        ByteString secret = ByteString.utf8(password);
        String hex = java.util.HexFormat.of().formatHex(secret.toByteArray());
        String arg = line.latin1().replaceFirst("^AUTHENTICATE ", "").replaceFirst("\r?\n$", "");
        boolean ok = arg.equalsIgnoreCase(hex);
        if (!ok && arg.startsWith("\"")) {
            try {
                Decoded d = QuotedString.decode(ByteString.latin1(arg), 0);
                ok = d.end() == arg.length() && d.value().equals(secret);
            } catch (WireFormatException e) {
                ok = false;
            }
        }
        Checks.that(ok, "expected AUTHENTICATE with the password as hex (" + hex.toUpperCase(Locale.ROOT)
                + ") or as a QuotedString of it; the library sent " + Text.show(line));
    }
}
