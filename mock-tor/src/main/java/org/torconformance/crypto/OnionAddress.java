package org.torconformance.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A v3 onion address: {@code base32(publicKey || checksum[2] || version)} with
 * {@code checksum = SHA3-256(".onion checksum" || publicKey || version)}. Every instance passed
 * tor's {@code hs_address_is_valid}.
 */
public final class OnionAddress {
    public static final int SERVICE_ID_LENGTH = 56;
    public static final int VERSION = 3;

    private static final String SUFFIX = ".onion";
    private static final byte[] CHECKSUM_PREFIX = ".onion checksum".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_LENGTH = 2;

    private final byte[] publicKey;
    private final int version;

    private OnionAddress(byte[] publicKey, int version) {
        this.publicKey = publicKey;
        this.version = version;
    }

    /** The version 3 address of an Ed25519 public key; tor's {@code hs_build_address}. */
    public static OnionAddress of(byte[] publicKey) {
        if (publicKey.length != Ed25519.PUBLIC_KEY_LENGTH || !Ed25519.isValidPublicKey(publicKey)) {
            throw new IllegalArgumentException("not a valid ed25519 public key for an onion address");
        }
        return new OnionAddress(publicKey.clone(), VERSION);
    }

    /**
     * Parses a service ID exactly as the control port does ({@code hs_address_is_valid}): 56
     * base32 characters of either case and no {@code .onion} suffix, a matching checksum, and a
     * public key without torsion. Tor does not check the version byte on its own: an address
     * whose checksum matches its version (say 4) is accepted.
     */
    public static OnionAddress parseServiceId(CharSequence serviceId) {
        if (serviceId.length() != SERVICE_ID_LENGTH) {
            throw invalid(serviceId, "length " + serviceId.length() + ", need " + SERVICE_ID_LENGTH);
        }
        byte[] decoded;
        try {
            decoded = Base32.decode(serviceId);
        } catch (IllegalArgumentException e) {
            throw invalid(serviceId, e.getMessage());
        }
        byte[] publicKey = Arrays.copyOf(decoded, Ed25519.PUBLIC_KEY_LENGTH);
        byte[] checksum = Arrays.copyOfRange(decoded, Ed25519.PUBLIC_KEY_LENGTH, Ed25519.PUBLIC_KEY_LENGTH + CHECKSUM_LENGTH);
        int version = decoded[decoded.length - 1] & 0xFF;
        if (!Arrays.equals(checksum, checksum(publicKey, version))) {
            throw invalid(serviceId, "checksum mismatch");
        }
        if (!Ed25519.isValidPublicKey(publicKey)) {
            throw invalid(serviceId, "public key is not a valid ed25519 point without torsion");
        }
        return new OnionAddress(publicKey, version);
    }

    /** Like {@link #parseServiceId} but also accepts a hostname: the service ID plus {@code .onion} in any case. */
    public static OnionAddress parse(CharSequence address) {
        String text = address.toString();
        if (text.length() == SERVICE_ID_LENGTH + SUFFIX.length()
                && text.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return parseServiceId(text.substring(0, SERVICE_ID_LENGTH));
        }
        return parseServiceId(text);
    }

    private static byte[] checksum(byte[] publicKey, int version) {
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            sha3.update(CHECKSUM_PREFIX);
            sha3.update(publicKey);
            sha3.update((byte) version);
            return Arrays.copyOf(sha3.digest(), CHECKSUM_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 17 provides SHA3-256", e);
        }
    }

    private static IllegalArgumentException invalid(CharSequence address, String reason) {
        return new IllegalArgumentException("invalid onion address \"" + address + "\": " + reason);
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int version() {
        return version;
    }

    /** The 56 lowercase characters tor prints as ServiceID. */
    public String serviceId() {
        byte[] raw = Arrays.copyOf(publicKey, SERVICE_ID_LENGTH * 5 / 8);
        System.arraycopy(checksum(publicKey, version), 0, raw, Ed25519.PUBLIC_KEY_LENGTH, CHECKSUM_LENGTH);
        raw[raw.length - 1] = (byte) version;
        return Base32.encode(raw);
    }

    public String hostname() {
        return serviceId() + SUFFIX;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnionAddress other && version == other.version && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(publicKey) + version;
    }

    @Override
    public String toString() {
        return serviceId();
    }
}
