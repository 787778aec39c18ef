package org.torconformance.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Ed25519 key operations as tor performs them. Tor keeps secret keys in expanded form: 64 bytes,
 * the first 32 a little-endian scalar, the last 32 the prefix used only when signing.
 */
public final class Ed25519 {
    public static final int SEED_LENGTH = 32;
    public static final int EXPANDED_SECRET_KEY_LENGTH = 64;
    public static final int PUBLIC_KEY_LENGTH = 32;

    private static final byte[] CANONICAL_IDENTITY = EdwardsPoint.IDENTITY.encode();

    private Ed25519() {
    }

    /** SHA-512 of the seed with the scalar half clamped, as tor's {@code ed25519_extsk}. */
    public static byte[] expandSeed(byte[] seed) {
        requireLength("seed", seed, SEED_LENGTH);
        byte[] expanded = sha512(seed);
        expanded[0] &= (byte) 248;
        expanded[31] &= 127;
        expanded[31] |= 64;
        return expanded;
    }

    /**
     * The public key of an expanded secret key. The scalar is used exactly as stored, not
     * re-clamped: tor accepts unclamped ED25519-V3 blobs from controllers and derives their
     * address this way.
     */
    public static byte[] publicKey(byte[] expandedSecretKey) {
        requireLength("expanded secret key", expandedSecretKey, EXPANDED_SECRET_KEY_LENGTH);
        BigInteger scalar = LittleEndian.toUnsigned(Arrays.copyOf(expandedSecretKey, 32)).mod(EdwardsPoint.ORDER);
        return EdwardsPoint.BASE.multiply(scalar).encode();
    }

    /**
     * Tor's {@code ed25519_validate_pubkey}: false for the canonical encoding of the identity, for
     * bytes that decode to no curve point, and for points with a torsion component (l·A is not
     * the identity). Because tor reduces y modulo p while decoding, a non-canonical encoding of
     * the identity (y = p + 1) passes.
     */
    public static boolean isValidPublicKey(byte[] publicKey) {
        requireLength("public key", publicKey, PUBLIC_KEY_LENGTH);
        if (Arrays.equals(publicKey, CANONICAL_IDENTITY)) {
            return false;
        }
        return EdwardsPoint.decode(publicKey)
                .map(point -> point.multiply(EdwardsPoint.ORDER).isIdentity())
                .orElse(false);
    }

    private static void requireLength(String what, byte[] bytes, int length) {
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
    }

    private static byte[] sha512(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-512", e);
        }
    }
}
