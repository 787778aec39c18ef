package org.torconformance.control.circuits.network;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** A relay's identity: the SHA-1 digest of its RSA identity key, 20 bytes. */
public record Fingerprint(byte[] digest) implements Comparable<Fingerprint> {
    public Fingerprint {
        if (digest.length != 20) {
            throw new IllegalArgumentException("a fingerprint has 20 bytes");
        }
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** 40 upper-case hex digits, optionally after a {@code $} (case-insensitive, as tor's base16_decode). */
    public static Optional<Fingerprint> parseHex(String s) {
        String hex = s.startsWith("$") ? s.substring(1) : s;
        if (hex.length() != 40 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Fingerprint(HexFormat.of().parseHex(hex)));
    }

    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    /** Base64 without padding, as in router status {@code r} lines. */
    public String base64() {
        return Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    @Override
    public int compareTo(Fingerprint o) {
        return Arrays.compareUnsigned(digest, o.digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(digest, f.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "$" + hex();
    }
}
