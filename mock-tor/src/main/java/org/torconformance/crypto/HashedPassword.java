package org.torconformance.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * A {@code HashedControlPassword} value: an 8-byte salt, a one-byte iteration specifier and the
 * SHA-1 digest of the RFC 2440 iterated+salted S2K of the secret.
 */
public final class HashedPassword {
    public static final int SALT_LENGTH = 8;
    /** The specifier tor always writes (65,536 bytes hashed). */
    public static final int TOR_SPECIFIER = 0x60;

    private static final String HEX_PREFIX = "16:";
    private static final int DIGEST_LENGTH = 20;
    private static final int ENCODED_LENGTH = SALT_LENGTH + 1 + DIGEST_LENGTH;
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private final byte[] encoded;

    private HashedPassword(byte[] encoded) {
        this.encoded = encoded;
    }

    /**
     * Parses a configuration value as tor's {@code decode_hashed_passwords} does: {@code 16:}
     * followed by exactly 58 hex digits of either case, or else the same 29 bytes in base64.
     */
    public static HashedPassword parse(String value) {
        byte[] bytes;
        if (value.startsWith(HEX_PREFIX)) {
            String hex = value.substring(HEX_PREFIX.length());
            if (hex.length() != ENCODED_LENGTH * 2) {
                throw badValue(value, "need " + ENCODED_LENGTH * 2 + " hex digits after 16:, got " + hex.length());
            }
            try {
                bytes = HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw badValue(value, "not hexadecimal");
            }
        } else {
            try {
                bytes = TorBase64.decode(value);
            } catch (IllegalArgumentException e) {
                throw badValue(value, e.getMessage());
            }
            if (bytes.length != ENCODED_LENGTH) {
                throw badValue(value, "base64 decodes to " + bytes.length + " bytes, need " + ENCODED_LENGTH);
            }
        }
        return new HashedPassword(bytes);
    }

    /** Hashes {@code secret} with a fresh random salt and tor's specifier, like {@code tor --hash-password}. */
    public static HashedPassword create(byte[] secret, RandomGenerator random) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        byte[] encoded = Arrays.copyOf(salt, ENCODED_LENGTH);
        encoded[SALT_LENGTH] = (byte) TOR_SPECIFIER;
        System.arraycopy(s2k(salt, TOR_SPECIFIER, secret), 0, encoded, SALT_LENGTH + 1, DIGEST_LENGTH);
        return new HashedPassword(encoded);
    }

    /**
     * Tor's {@code secret_to_key_rfc2440}: SHA-1 over {@code salt || secret} repeated and cut to
     * exactly {@code (16 + (c & 15)) << ((c >> 4) + 6)} bytes. When that count is shorter than
     * {@code salt || secret}, only a prefix of the secret influences the digest.
     */
    public static byte[] s2k(byte[] salt, int specifier, byte[] secret) {
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + SALT_LENGTH + " bytes, got " + salt.length);
        }
        if (specifier < 0 || specifier > 0xFF) {
            throw new IllegalArgumentException("specifier must be one byte, got " + specifier);
        }
        byte[] block = new byte[SALT_LENGTH + secret.length];
        System.arraycopy(salt, 0, block, 0, SALT_LENGTH);
        System.arraycopy(secret, 0, block, SALT_LENGTH, secret.length);
        long remaining = (16L + (specifier & 15)) << ((specifier >> 4) + 6);
        MessageDigest sha1 = sha1();
        while (remaining > 0) {
            int n = (int) Math.min(block.length, remaining);
            sha1.update(block, 0, n);
            remaining -= n;
        }
        Arrays.fill(block, (byte) 0);
        return sha1.digest();
    }

    public boolean matches(byte[] secret) {
        byte[] digest = s2k(salt(), specifier(), secret);
        return MessageDigest.isEqual(digest, Arrays.copyOfRange(encoded, SALT_LENGTH + 1, ENCODED_LENGTH));
    }

    public byte[] salt() {
        return Arrays.copyOf(encoded, SALT_LENGTH);
    }

    public int specifier() {
        return encoded[SALT_LENGTH] & 0xFF;
    }

    /** The form tor prints: {@code 16:} and 58 uppercase hex digits. */
    public String format() {
        return HEX_PREFIX + UPPER_HEX.formatHex(encoded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HashedPassword other && Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return format();
    }

    private static IllegalArgumentException badValue(String value, String reason) {
        return new IllegalArgumentException("bad HashedControlPassword \"" + value + "\": " + reason);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
