package org.torconformance.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Base64;
import javax.crypto.KeyAgreement;

/**
 * The x25519 keys of v3 client authorization: a client's private key as ONION_CLIENT_AUTH_ADD
 * takes it ({@code x25519:<base64>}) and its public key as ADD_ONION's {@code ClientAuthV3=} takes
 * it (52 base32 characters).
 */
public final class X25519ClientAuth {
    public static final int KEY_LENGTH = 32;
    public static final int PUBLIC_KEY_BASE32_LENGTH = 52;

    private static final BigInteger BASE_POINT_U = BigInteger.valueOf(9);

    private X25519ClientAuth() {
    }

    /**
     * Decodes a private key blob as tor does: lenient base64 (see {@link TorBase64}) that must
     * yield exactly 32 bytes. Tor rejects an all-zero key only afterwards, with a different
     * reply; see {@link #isAllZero}.
     */
    public static byte[] decodePrivateKey(String base64) {
        byte[] key;
        try {
            key = TorBase64.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("x25519 private key is not base64: " + e.getMessage(), e);
        }
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("x25519 private key decodes to " + key.length + " bytes, need " + KEY_LENGTH);
        }
        return key;
    }

    /** Tor refuses an all-zero private key ({@code 553 Invalid private key}). */
    public static boolean isAllZero(byte[] key) {
        int bits = 0;
        for (byte b : key) {
            bits |= b;
        }
        return bits == 0;
    }

    /**
     * Decodes a {@code ClientAuthV3} value as tor's {@code parse_authorized_client_key}: exactly
     * 52 base32 characters of either case; the 4 bits beyond the 32nd byte are ignored and the
     * key itself is not checked (all zeros is accepted).
     */
    public static byte[] decodePublicKey(String base32) {
        if (base32.length() != PUBLIC_KEY_BASE32_LENGTH) {
            throw new IllegalArgumentException("ClientAuthV3 key must be " + PUBLIC_KEY_BASE32_LENGTH
                    + " base32 characters, got " + base32.length());
        }
        return Base32.decode(base32);
    }

    /** Padded base64, as ONION_CLIENT_AUTH_VIEW prints a private key. */
    public static String encodePrivateKey(byte[] privateKey) {
        requireKeyLength(privateKey);
        return Base64.getEncoder().encodeToString(privateKey);
    }

    public static String encodePublicKey(byte[] publicKey) {
        requireKeyLength(publicKey);
        return Base32.encode(publicKey);
    }

    /** X25519(privateKey, 9), computed by the JDK's XDH (which clamps the scalar, as tor does). */
    public static byte[] publicKey(byte[] privateKey) {
        requireKeyLength(privateKey);
        try {
            KeyFactory keys = KeyFactory.getInstance("XDH");
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(keys.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey)));
            agreement.doPhase(keys.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT_U)), true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 provides X25519", e);
        }
    }

    private static void requireKeyLength(byte[] key) {
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("x25519 key must be " + KEY_LENGTH + " bytes, got " + key.length);
        }
    }
}
