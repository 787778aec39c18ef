package org.torconformance.socks.wire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Whether a 56-character id is an onion address tor's SOCKS code accepts: base32 of
 * pubkey(32) | checksum(2) | version(1), with checksum = SHA3-256(".onion checksum" | pubkey | version)[:2]
 * and a pubkey that is a valid ed25519 point without a torsion component. Tor 0.4.9.11 does not check the
 * version byte here (verified live: a correctly checksummed id with version 0x00 or 0xff is accepted).
 */
final class OnionAddressCheck {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final byte[] CHECKSUM_PREFIX = Bytes.latin1(".onion checksum");

    private OnionAddressCheck() {
    }

    static boolean isValid(String id) {
        if (id.length() != 56) {
            return false;
        }
        byte[] decoded = base32Decode(id);
        if (decoded == null) {
            return false;
        }
        byte[] pubkey = Arrays.copyOfRange(decoded, 0, 32);
        byte[] checksum = Arrays.copyOfRange(decoded, 32, 34);
        byte version = decoded[34];
        byte[] expected = sha3(Bytes.concat(CHECKSUM_PREFIX, pubkey, new byte[] {version}));
        if (checksum[0] != expected[0] || checksum[1] != expected[1]) {
            return false;
        }
        return Ed25519PointCheck.isTorsionFreeNonIdentity(pubkey);
    }

    /** RFC 4648 base32 without padding, either letter case; null on a character outside the alphabet. */
    private static byte[] base32Decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = ALPHABET.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (buffer >> bits);
            }
        }
        return out;
    }

    private static byte[] sha3(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA3-256", e);
        }
    }
}
