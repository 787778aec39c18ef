package org.torconformance.control.onion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.random.RandomGenerator;
import org.torconformance.crypto.Ed25519;
import org.torconformance.crypto.OnionServiceKey;

/**
 * The v3 descriptor a hosted service publishes, as far as its outer layer goes: a real signing-key
 * certificate from the blinded key, a real signature, and tor's sizes. The superencrypted layer is
 * random bytes of the length tor's padding gives (the mock has no introduction points to encrypt),
 * so a client that decrypts descriptors cannot use it.
 */
final class DescriptorBuilder {
    static final String SIGNATURE_PREFIX = "Tor onion service descriptor sig v3";
    private static final int LIFETIME_MINUTES = 180;
    private static final Duration CERT_LIFETIME = Duration.ofHours(54);
    /** Salt, a plaintext padded to a multiple of 10000 bytes, and the MAC. */
    private static final int SUPERENCRYPTED_LENGTH = 16 + 10000 + 32;

    private DescriptorBuilder() {
    }

    static String build(OnionServiceKey identity, TimePeriod period, Instant now, RandomGenerator random) {
        byte[] blindedSecret = KeyBlinding.secretKey(identity, period);
        byte[] signingSecret = Ed25519.expandSeed(randomBytes(random, Ed25519.SEED_LENGTH));
        long expiresAtHour = Math.floorDiv(now.plus(CERT_LIFETIME).getEpochSecond() + 3599, 3600);
        SigningKeyCertificate cert = new SigningKeyCertificate(Ed25519.publicKey(signingSecret),
                Ed25519.publicKey(blindedSecret), expiresAtHour);
        String signed = "hs-descriptor 3\n"
                + "descriptor-lifetime " + LIFETIME_MINUTES + "\n"
                + "descriptor-signing-key-cert\n" + Pem.encode("ED25519 CERT", cert.encode(blindedSecret))
                + "revision-counter " + Math.max(0, Duration.between(period.start(), now).getSeconds()) + "\n"
                + "superencrypted\n" + Pem.encode("MESSAGE", randomBytes(random, SUPERENCRYPTED_LENGTH));
        byte[] signature = Ed25519.sign(signingSecret, (SIGNATURE_PREFIX + signed).getBytes(StandardCharsets.US_ASCII));
        return signed + "signature " + Base64.getEncoder().withoutPadding().encodeToString(signature) + "\n";
    }

    private static byte[] randomBytes(RandomGenerator random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
