package org.torconformance.control.onion;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.torconformance.crypto.Ed25519;
import org.torconformance.crypto.OnionServiceKey;

/**
 * The blinded keys of a v3 onion service for one time period (rend-spec-v3 A.2):
 * {@code h = SHA3-256("Derive temporary signing key\0" | A | B | "key-blind" | INT_8(period) | INT_8(length))}
 * with B the base point as tor spells it, and A' = [h]A. Anyone can blind a public key; only the
 * service can blind its secret key.
 */
final class KeyBlinding {
    private static final byte[] BLIND_STRING = "Derive temporary signing key\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE_POINT = ("(15112221349535400772501151409588531511454012693041857206046113283949847762202, "
            + "46316835694926478169428394003475163141307993866256225615783033603165251855960)").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_PREFIX = "key-blind".getBytes(StandardCharsets.US_ASCII);

    private KeyBlinding() {
    }

    static byte[] parameter(byte[] identityPublicKey, TimePeriod period) {
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            sha3.update(BLIND_STRING);
            sha3.update(identityPublicKey);
            sha3.update(BASE_POINT);
            sha3.update(NONCE_PREFIX);
            sha3.update(ByteBuffer.allocate(16).putLong(period.number()).putLong(period.lengthMinutes()).array());
            return sha3.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 17 provides SHA3-256", e);
        }
    }

    /** The blinded public key of any valid onion address's key. */
    static byte[] publicKey(byte[] identityPublicKey, TimePeriod period) {
        return Ed25519.blindPublicKey(identityPublicKey, parameter(identityPublicKey, period))
                .orElseThrow(() -> new IllegalArgumentException("not a curve point"));
    }

    static byte[] secretKey(OnionServiceKey key, TimePeriod period) {
        byte[] expanded = Base64.getDecoder().decode(key.blob());
        return Ed25519.blindSecretKey(expanded, parameter(key.publicKey(), period));
    }

    /** The descriptor ID of HS_DESC events: unpadded base64 of the blinded key. */
    static String descriptorId(byte[] blindedPublicKey) {
        return Base64.getEncoder().withoutPadding().encodeToString(blindedPublicKey);
    }
}
