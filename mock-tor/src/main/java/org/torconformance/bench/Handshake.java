package org.torconformance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.crypto.SafeCookie;

/** Authenticates a {@link BenchClient} the way a controller does, with each of tor's methods. */
final class Handshake {
    enum Method { NULL, COOKIE, SAFECOOKIE }

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern CHALLENGE = Pattern.compile("SERVERHASH=([0-9A-Fa-f]{64}) SERVERNONCE=([0-9A-Fa-f]{64})");
    private static final SplittableRandom NONCES = new SplittableRandom(7);

    private Handshake() {
    }

    static void authenticate(BenchClient c, Method method, BenchTarget target) {
        String reply = switch (method) {
            case NULL -> c.command("AUTHENTICATE");
            case COOKIE -> c.command("AUTHENTICATE " + HEX.formatHex(cookie(target)));
            case SAFECOOKIE -> safeCookie(c, cookie(target));
        };
        if (!reply.startsWith("250 OK")) {
            throw new IllegalStateException(method + " authentication to " + target.name() + " failed: " + reply.strip());
        }
    }

    private static String safeCookie(BenchClient c, byte[] cookie) {
        byte[] clientNonce = new byte[32];
        NONCES.nextBytes(clientNonce);
        String challenge = c.command("AUTHCHALLENGE SAFECOOKIE " + HEX.formatHex(clientNonce));
        Matcher m = CHALLENGE.matcher(challenge);
        if (!m.find()) {
            throw new IllegalStateException("unexpected AUTHCHALLENGE reply: " + challenge.strip());
        }
        SafeCookie safe = new SafeCookie(cookie);
        byte[] serverNonce = HEX.parseHex(m.group(2));
        if (!safe.isServerHash(clientNonce, serverNonce, HEX.parseHex(m.group(1)))) {
            throw new IllegalStateException("the server hash does not prove knowledge of the cookie");
        }
        return c.command("AUTHENTICATE " + HEX.formatHex(safe.clientHash(clientNonce, serverNonce)));
    }

    private static byte[] cookie(BenchTarget target) {
        try {
            return Files.readAllBytes(target.cookieFile().orElseThrow(() -> new IllegalStateException(target.name() + " has no cookie")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
