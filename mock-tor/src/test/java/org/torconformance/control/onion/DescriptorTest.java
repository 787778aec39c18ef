package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torconformance.crypto.Ed25519;
import org.torconformance.crypto.OnionServiceKey;

/** Key blinding and the v3 descriptor outer layer the mock builds and HSPOST checks. */
class DescriptorTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Instant NOW = Instant.parse("2026-11-25T20:59:03Z");
    private static final OnionServiceKey KEY = OnionServiceKey.parseBlob(AddOnionTest.KEY);

    @Test
    void blindsLikeTheServiceWhoseDescriptorStemKeeps() {
        // stem's test/unit/descriptor/data/hidden_service_v3 (service sltib6sx...h2ad, a real tor's
        // descriptor of 2017): its signing-key certificate names this blinded key, period 17391
        byte[] identity = HEX.parseHex("92e680fa57552e7d484c9d2a3edb46fbc076e54ea90b77bb84e3e6d5657d52a1");
        assertEquals("548697defd6777a7f33be03a61b0670831e7bf9e943d053ce4cc2c93c959836f",
                HEX.formatHex(KeyBlinding.publicKey(identity, new TimePeriod(17391, 1440))));
    }

    @Test
    void timePeriodsStartAtNoonUtc() {
        TimePeriod period = TimePeriod.at(NOW);
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), period.start());
        assertEquals(period.number() + 1, TimePeriod.at(Instant.parse("2026-11-26T12:00:00Z")).number());
        assertEquals(period.number(), TimePeriod.at(Instant.parse("2026-11-26T11:59:59Z")).number());
    }

    @Test
    void theServicesBlindedSecretKeyMatchesTheBlindedPublicKeyOfItsAddress() {
        TimePeriod period = TimePeriod.at(NOW);
        assertArrayEquals(KeyBlinding.publicKey(KEY.publicKey(), period), Ed25519.publicKey(KeyBlinding.secretKey(KEY, period)));
    }

    @Test
    void buildsAnOuterLayerThatPassesTorsChecks() {
        String descriptor = DescriptorBuilder.build(KEY, TimePeriod.at(NOW), NOW, new SplittableRandom(1));
        assertTrue(descriptor.matches("(?s)hs-descriptor 3\ndescriptor-lifetime 180\ndescriptor-signing-key-cert\n"
                + "-----BEGIN ED25519 CERT-----\n([A-Za-z0-9+/=]{1,64}\n){3}-----END ED25519 CERT-----\n"
                + "revision-counter \\d+\nsuperencrypted\n-----BEGIN MESSAGE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END MESSAGE-----\n"
                + "signature [A-Za-z0-9+/]{86}\n"), descriptor);
        DescriptorPlaintext plaintext = DescriptorPlaintext.decode(descriptor, NOW).orElseThrow();
        assertArrayEquals(KeyBlinding.publicKey(KEY.publicKey(), TimePeriod.at(NOW)), plaintext.blindedKey());
        assertTrue(descriptor.length() > 13_000 && descriptor.length() < 50_000, "tor's sizes: " + descriptor.length());
    }

    @Test
    void refusesAnExpiredCertificate() {
        String descriptor = DescriptorBuilder.build(KEY, TimePeriod.at(NOW), NOW, new SplittableRandom(1));
        assertTrue(DescriptorPlaintext.decode(descriptor, NOW.plus(Duration.ofHours(54))).isPresent());
        assertTrue(DescriptorPlaintext.decode(descriptor, NOW.plus(Duration.ofHours(56))).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"revision-counter \\d+", "descriptor-lifetime 180", "hs-descriptor 3\n", "signature \\S+\n"})
    void refusesChangedSignedContent(String field) {
        String descriptor = DescriptorBuilder.build(KEY, TimePeriod.at(NOW), NOW, new SplittableRandom(1));
        String replacement = switch (field) {
            case "revision-counter \\d+" -> "revision-counter 1";
            case "descriptor-lifetime 180" -> "descriptor-lifetime 181";
            case "hs-descriptor 3\n" -> "hs-descriptor 3\nextra-field\n";
            default -> "signature " + "A".repeat(86) + "\n";
        };
        assertTrue(DescriptorPlaintext.decode(descriptor.replaceFirst(field, replacement), NOW).isEmpty(), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hs-descriptor 3\n", "hs-descriptor 2\n", "foo\nbar\n"})
    void refusesWhatIsNoDescriptor(String text) {
        assertTrue(DescriptorPlaintext.decode(text, NOW).isEmpty());
    }

    @Test
    void descriptorIdsAreUnpaddedBase64() {
        byte[] blinded = KeyBlinding.publicKey(KEY.publicKey(), TimePeriod.at(NOW));
        assertEquals(43, KeyBlinding.descriptorId(blinded).length());
        assertArrayEquals(blinded, Base64.getDecoder().decode(KeyBlinding.descriptorId(blinded) + "="));
    }
}
