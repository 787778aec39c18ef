package org.torconformance.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SAFECOOKIE exchange for one authentication cookie: both HMAC-SHA256 proofs over
 * {@code cookie || clientNonce || serverNonce}, keyed with tor's two constant strings.
 */
public final class SafeCookie {
    public static final int COOKIE_LENGTH = 32;

    private static final byte[] SERVER_TO_CONTROLLER_KEY =
            "Tor safe cookie authentication server-to-controller hash".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTROLLER_TO_SERVER_KEY =
            "Tor safe cookie authentication controller-to-server hash".getBytes(StandardCharsets.US_ASCII);

    private final byte[] cookie;

    public SafeCookie(byte[] cookie) {
        if (cookie.length != COOKIE_LENGTH) {
            throw new IllegalArgumentException("cookie must be " + COOKIE_LENGTH + " bytes, got " + cookie.length);
        }
        this.cookie = cookie.clone();
    }

    public byte[] cookie() {
        return cookie.clone();
    }

    /** The SERVERHASH tor sends in its AUTHCHALLENGE reply. */
    public byte[] serverHash(byte[] clientNonce, byte[] serverNonce) {
        return hmac(SERVER_TO_CONTROLLER_KEY, clientNonce, serverNonce);
    }

    /** The value the controller must send with AUTHENTICATE. */
    public byte[] clientHash(byte[] clientNonce, byte[] serverNonce) {
        return hmac(CONTROLLER_TO_SERVER_KEY, clientNonce, serverNonce);
    }

    public boolean isServerHash(byte[] clientNonce, byte[] serverNonce, byte[] candidate) {
        return MessageDigest.isEqual(serverHash(clientNonce, serverNonce), candidate);
    }

    public boolean isClientHash(byte[] clientNonce, byte[] serverNonce, byte[] candidate) {
        return MessageDigest.isEqual(clientHash(clientNonce, serverNonce), candidate);
    }

    private byte[] hmac(byte[] key, byte[] clientNonce, byte[] serverNonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(cookie);
            mac.update(clientNonce);
            mac.update(serverNonce);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide HmacSHA256", e);
        }
    }
}
