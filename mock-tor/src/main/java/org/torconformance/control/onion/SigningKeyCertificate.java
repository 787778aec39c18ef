package org.torconformance.control.onion;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.torconformance.crypto.Ed25519;

/**
 * The {@code descriptor-signing-key-cert} of a v3 descriptor: a tor ed25519 certificate
 * (cert-spec, type 08) in which the blinded key certifies the descriptor signing key, and carries
 * itself in a signed-with-ed25519-key extension (type 04).
 *
 * @param expiresAtHour hours since the epoch, as the certificate stores it
 */
record SigningKeyCertificate(byte[] signingKey, byte[] blindedKey, long expiresAtHour) {
    private static final int CERT_TYPE_HS_DESC_SIGNING = 0x08;
    private static final int VERSION = 1;
    private static final int KEY_TYPE_ED25519 = 0x01;
    private static final int EXT_SIGNED_WITH_ED25519_KEY = 0x04;
    private static final int EXT_FLAG_AFFECTS_VALIDATION = 0x01;

    SigningKeyCertificate {
        signingKey = signingKey.clone();
        blindedKey = blindedKey.clone();
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    @Override
    public byte[] blindedKey() {
        return blindedKey.clone();
    }

    /** The encoded certificate, signed with the blinded secret key. */
    byte[] encode(byte[] blindedSecretKey) {
        ByteBuffer body = ByteBuffer.allocate(1 + 1 + 4 + 1 + 32 + 1 + 4 + 32);
        body.put((byte) VERSION).put((byte) CERT_TYPE_HS_DESC_SIGNING).putInt((int) expiresAtHour)
                .put((byte) KEY_TYPE_ED25519).put(signingKey).put((byte) 1)
                .putShort((short) 32).put((byte) EXT_SIGNED_WITH_ED25519_KEY).put((byte) EXT_FLAG_AFFECTS_VALIDATION)
                .put(blindedKey);
        byte[] signed = body.array();
        byte[] out = Arrays.copyOf(signed, signed.length + Ed25519.SIGNATURE_LENGTH);
        System.arraycopy(Ed25519.sign(blindedSecretKey, signed), 0, out, signed.length, Ed25519.SIGNATURE_LENGTH);
        return out;
    }

    /**
     * Reads a certificate as tor's {@code cert_parse_and_validate} does for descriptors: version 1,
     * type 08, every byte accounted for, no unknown extension that affects validation, the
     * signing key included, not expired at {@code now}, and a good signature by that key.
     */
    static Optional<SigningKeyCertificate> parseAndValidate(byte[] encoded, Instant now) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        try {
            if (in.get() != VERSION || in.get() != CERT_TYPE_HS_DESC_SIGNING) {
                return Optional.empty();
            }
            long expiresAtHour = Integer.toUnsignedLong(in.getInt());
            in.get();
            byte[] certified = new byte[32];
            in.get(certified);
            int extensions = in.get() & 0xFF;
            byte[] signedWith = null;
            for (int i = 0; i < extensions; i++) {
                int length = in.getShort() & 0xFFFF;
                int type = in.get() & 0xFF;
                int flags = in.get() & 0xFF;
                byte[] data = new byte[length];
                in.get(data);
                if (type == EXT_SIGNED_WITH_ED25519_KEY && length == 32) {
                    signedWith = data;
                } else if (type == EXT_SIGNED_WITH_ED25519_KEY || (flags & EXT_FLAG_AFFECTS_VALIDATION) != 0) {
                    return Optional.empty();
                }
            }
            if (in.remaining() != Ed25519.SIGNATURE_LENGTH || signedWith == null) {
                return Optional.empty();
            }
            byte[] signature = new byte[Ed25519.SIGNATURE_LENGTH];
            in.get(signature);
            boolean expired = now.getEpochSecond() > expiresAtHour * 3600;
            byte[] signed = Arrays.copyOf(encoded, encoded.length - Ed25519.SIGNATURE_LENGTH);
            if (expired || !Ed25519.verify(signedWith, signed, signature)) {
                return Optional.empty();
            }
            return Optional.of(new SigningKeyCertificate(certified, signedWith, expiresAtHour));
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }
}
