package org.torconformance.crypto;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** The secret key of a v3 onion service as ADD_ONION exchanges it: {@code ED25519-V3:<blob>}. */
public final class OnionServiceKey {
    private final byte[] expandedSecretKey;

    private OnionServiceKey(byte[] expandedSecretKey) {
        this.expandedSecretKey = expandedSecretKey;
    }

    /** A fresh key as tor makes one for {@code NEW:ED25519-V3}: a random 32-byte seed, expanded. */
    public static OnionServiceKey generate(RandomGenerator random) {
        byte[] seed = new byte[Ed25519.SEED_LENGTH];
        random.nextBytes(seed);
        return new OnionServiceKey(Ed25519.expandSeed(seed));
    }

    /**
     * Decodes a blob as ADD_ONION does: tor's lenient base64 (see {@link TorBase64}) that must
     * yield exactly 64 bytes. Nothing else is checked here; in particular an unclamped scalar is
     * accepted. A blob whose scalar is a multiple of the group order decodes, but has no
     * {@link #address()}.
     */
    public static OnionServiceKey parseBlob(String blob) {
        byte[] decoded;
        try {
            decoded = TorBase64.decode(blob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ED25519-V3 key blob is not base64: " + e.getMessage(), e);
        }
        if (decoded.length != Ed25519.EXPANDED_SECRET_KEY_LENGTH) {
            throw new IllegalArgumentException("ED25519-V3 key blob decodes to " + decoded.length
                    + " bytes, need " + Ed25519.EXPANDED_SECRET_KEY_LENGTH);
        }
        return new OnionServiceKey(decoded);
    }

    /** Padded base64 of the 64-byte expanded key, as tor prints it after {@code PrivateKey=ED25519-V3:}. */
    public String blob() {
        return Base64.getEncoder().encodeToString(expandedSecretKey);
    }

    public byte[] publicKey() {
        return Ed25519.publicKey(expandedSecretKey);
    }

    /**
     * The service's address. Throws when the public key fails tor's validation, which for a
     * derived key happens only when the scalar is 0 mod l; tor answers
     * {@code 551 Failed to generate onion address} then.
     */
    public OnionAddress address() {
        return OnionAddress.of(publicKey());
    }
}
