package org.torconformance.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Ed25519 key operations as tor performs them. Tor keeps secret keys in expanded form: 64 bytes,
 * the first 32 a little-endian scalar, the last 32 the prefix used only when signing.
 */
public final class Ed25519 {
    public static final int SEED_LENGTH = 32;
    public static final int EXPANDED_SECRET_KEY_LENGTH = 64;
    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;
    public static final int BLINDING_PARAMETER_LENGTH = 32;

    private static final byte[] CANONICAL_IDENTITY = EdwardsPoint.IDENTITY.encode();
    private static final byte[] BLINDED_PREFIX_INPUT =
            "Derive temporary signing key hash input".getBytes(StandardCharsets.US_ASCII);

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
        return EdwardsPoint.BASE.multiply(scalarOf(expandedSecretKey)).encode();
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

    /**
     * RFC 8032 signing with an expanded key, as tor's {@code ed25519_sign}: the nonce comes from
     * the stored prefix and the stored scalar is used as is, so blinded keys (which have no seed)
     * sign too. Signing {@code expandSeed(seed)} gives the same signature as any RFC 8032 signer.
     */
    public static byte[] sign(byte[] expandedSecretKey, byte[] message) {
        requireLength("expanded secret key", expandedSecretKey, EXPANDED_SECRET_KEY_LENGTH);
        BigInteger scalar = scalarOf(expandedSecretKey);
        byte[] publicKey = EdwardsPoint.BASE.multiply(scalar).encode();
        BigInteger r = reduce(sha512(Arrays.copyOfRange(expandedSecretKey, 32, 64), message));
        byte[] encodedR = EdwardsPoint.BASE.multiply(r).encode();
        BigInteger k = reduce(sha512(encodedR, publicKey, message));
        BigInteger s = r.add(k.multiply(scalar)).mod(EdwardsPoint.ORDER);
        byte[] signature = Arrays.copyOf(encodedR, SIGNATURE_LENGTH);
        System.arraycopy(LittleEndian.fromUnsigned(s, 32), 0, signature, 32, 32);
        return signature;
    }

    /**
     * Tor's (ed25519-donna's) check: the top three bits of S must be clear, the key must decode,
     * and [S]B - [k]A must encode to exactly R.
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        requireLength("public key", publicKey, PUBLIC_KEY_LENGTH);
        if (signature.length != SIGNATURE_LENGTH || (signature[63] & 0xE0) != 0) {
            return false;
        }
        byte[] encodedR = Arrays.copyOf(signature, 32);
        BigInteger s = LittleEndian.toUnsigned(Arrays.copyOfRange(signature, 32, 64));
        BigInteger k = reduce(sha512(encodedR, publicKey, message));
        return EdwardsPoint.decode(publicKey)
                .map(a -> EdwardsPoint.BASE.multiply(s).add(a.negate().multiply(k)).encode())
                .map(check -> Arrays.equals(check, encodedR))
                .orElse(false);
    }

    /**
     * Tor's {@code ed25519_public_blind}: A' = [h]A, where h is {@code parameter} clamped like a
     * scalar. Empty when {@code publicKey} is no curve point.
     */
    public static Optional<byte[]> blindPublicKey(byte[] publicKey, byte[] parameter) {
        requireLength("public key", publicKey, PUBLIC_KEY_LENGTH);
        BigInteger h = blindingScalar(parameter);
        return EdwardsPoint.decode(publicKey).map(a -> a.multiply(h).encode());
    }

    /**
     * Tor's {@code ed25519_secret_key_blind}: the scalar times clamped {@code parameter} mod l,
     * and a new prefix, the first half of SHA-512("Derive temporary signing key hash input" || prefix).
     * Its public key is {@link #blindPublicKey} of the original public key.
     */
    public static byte[] blindSecretKey(byte[] expandedSecretKey, byte[] parameter) {
        requireLength("expanded secret key", expandedSecretKey, EXPANDED_SECRET_KEY_LENGTH);
        BigInteger blinded = scalarOf(expandedSecretKey).multiply(blindingScalar(parameter)).mod(EdwardsPoint.ORDER);
        byte[] out = Arrays.copyOf(LittleEndian.fromUnsigned(blinded, 32), EXPANDED_SECRET_KEY_LENGTH);
        byte[] prefix = sha512(BLINDED_PREFIX_INPUT, Arrays.copyOfRange(expandedSecretKey, 32, 64));
        System.arraycopy(prefix, 0, out, 32, 32);
        return out;
    }

    private static BigInteger blindingScalar(byte[] parameter) {
        requireLength("blinding parameter", parameter, BLINDING_PARAMETER_LENGTH);
        byte[] clamped = parameter.clone();
        clamped[0] &= (byte) 248;
        clamped[31] &= 63;
        clamped[31] |= 64;
        return LittleEndian.toUnsigned(clamped);
    }

    private static BigInteger scalarOf(byte[] expandedSecretKey) {
        return LittleEndian.toUnsigned(Arrays.copyOf(expandedSecretKey, 32)).mod(EdwardsPoint.ORDER);
    }

    private static BigInteger reduce(byte[] digest) {
        return LittleEndian.toUnsigned(digest).mod(EdwardsPoint.ORDER);
    }

    private static void requireLength(String what, byte[] bytes, int length) {
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
    }

    private static byte[] sha512(byte[]... inputs) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            for (byte[] input : inputs) {
                sha512.update(input);
            }
            return sha512.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-512", e);
        }
    }
}
