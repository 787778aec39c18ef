package org.torconformance.control.circuits.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** Writes a relay's microdescriptor the way tor serves it from {@code md/*}, and digests it. */
final class MicrodescriptorText {
    private MicrodescriptorText() {
    }

    static String create(RandomGenerator random, boolean exit) {
        StringBuilder md = new StringBuilder();
        md.append("onion-key\n-----BEGIN RSA PUBLIC KEY-----\n");
        String key = Base64.getEncoder().encodeToString(rsaPublicKeyShape(random));
        for (int i = 0; i < key.length(); i += 64) {
            md.append(key, i, Math.min(key.length(), i + 64)).append('\n');
        }
        md.append("-----END RSA PUBLIC KEY-----\n");
        md.append("ntor-onion-key ").append(unpadded(random, 32)).append('\n');
        if (exit) {
            md.append("p accept 1-65535\n");
        }
        md.append("id ed25519 ").append(unpadded(random, 32)).append('\n');
        return md.toString();
    }

    /** The SHA-256 of the text, base64 without padding: the consensus {@code m} line. */
    static String digest(String microdescriptor) {
        return Base64.getEncoder().withoutPadding().encodeToString(sha256(microdescriptor));
    }

    /** The first 20 bytes of the digest, which the control port's {@code r} lines print. */
    static String shortDigest(String microdescriptor) {
        byte[] d = sha256(microdescriptor);
        return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 20));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unpadded(RandomGenerator random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * A PKCS#1 RSAPublicKey DER of tor's 1024-bit shape (modulus with the top bit set, exponent
     * 65537). The modulus is random, not a product of primes: nothing ever encrypts to it.
     */
    private static byte[] rsaPublicKeyShape(RandomGenerator random) {
        byte[] modulus = new byte[128];
        random.nextBytes(modulus);
        modulus[0] |= (byte) 0x80;
        modulus[127] |= 1;
        byte[] der = new byte[140];
        byte[] head = {0x30, (byte) 0x81, (byte) 0x89, 0x02, (byte) 0x81, (byte) 0x81, 0x00};
        System.arraycopy(head, 0, der, 0, head.length);
        System.arraycopy(modulus, 0, der, head.length, 128);
        byte[] exponent = {0x02, 0x03, 0x01, 0x00, 0x01};
        System.arraycopy(exponent, 0, der, 135, 5);
        return der;
    }
}
