package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class Ed25519Test {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        // RFC 8032 §7.1 TEST 1, 2 and 3; TEST 3 is also tor's own start-up spot check
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb, 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"})
    void derivesRfc8032PublicKeysFromSeeds(String seed, String publicKey) {
        assertEquals(publicKey, HEX.formatHex(Ed25519.publicKey(Ed25519.expandSeed(HEX.parseHex(seed)))));
    }

    @Test
    void agreesWithTheJdkForRandomSeeds() {
        qt().withExamples(40)
                .forAll(Generate.byteArrays(integers().between(32, 32), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(seed -> assertArrayEquals(jdkPublicKey(seed), Ed25519.publicKey(Ed25519.expandSeed(seed)),
                        "seed " + HEX.formatHex(seed)));
    }

    @Test
    void expandedSeedIsClampedSha512() {
        byte[] expanded = Ed25519.expandSeed(new byte[32]);
        assertEquals(64, expanded.length);
        assertEquals(0, expanded[0] & 7);
        assertEquals(0x40, expanded[31] & 0xC0);
    }

    @Test
    void usesTheStoredScalarWithoutClampingIt() {
        assertArrayEquals(EdwardsPoint.BASE.encode(), Ed25519.publicKey(expandedWithScalar(BigInteger.ONE)));
        assertEquals("5866666666666666666666666666666666666666666666666666666666666666", HEX.formatHex(EdwardsPoint.BASE.encode()));
        BigInteger unclamped = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
        assertArrayEquals(EdwardsPoint.BASE.multiply(unclamped).encode(), Ed25519.publicKey(expandedWithScalar(unclamped)));
        assertArrayEquals(EdwardsPoint.IDENTITY.encode(), Ed25519.publicKey(expandedWithScalar(EdwardsPoint.ORDER)));
    }

    @Test
    void derivedPublicKeysAreValid() {
        Random random = new Random(11);
        for (int i = 0; i < 10; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            assertTrue(Ed25519.isValidPublicKey(Ed25519.publicKey(Ed25519.expandSeed(seed))));
        }
    }

    @Test
    void rejectsTheCanonicalIdentityButNotItsOtherEncodings() {
        byte[] identity = EdwardsPoint.IDENTITY.encode();
        assertEquals("01" + "00".repeat(31), HEX.formatHex(identity));
        assertFalse(Ed25519.isValidPublicKey(identity));
        // tor 0.4.9.11 accepted onion addresses built from both of these (ONION_CLIENT_AUTH_ADD → 250)
        byte[] withSignBit = identity.clone();
        withSignBit[31] |= (byte) 0x80;
        assertTrue(Ed25519.isValidPublicKey(withSignBit));
        assertTrue(Ed25519.isValidPublicKey(LittleEndian.fromUnsigned(EdwardsPoint.P.add(BigInteger.ONE), 32)));
    }

    @Test
    void rejectsPointsOffTheCurveOrWithTorsion() {
        byte[] offCurve = LittleEndian.fromUnsigned(BigInteger.TWO, 32);
        assertTrue(EdwardsPoint.decode(offCurve).isEmpty());
        assertFalse(Ed25519.isValidPublicKey(offCurve));

        byte[] orderTwo = LittleEndian.fromUnsigned(EdwardsPoint.P.subtract(BigInteger.ONE), 32);
        assertFalse(Ed25519.isValidPublicKey(orderTwo));

        EdwardsPoint torsion = anyPointWithTorsion().multiply(EdwardsPoint.ORDER);
        assertFalse(torsion.isIdentity());
        EdwardsPoint honest = EdwardsPoint.BASE.multiply(BigInteger.valueOf(12345));
        assertTrue(Ed25519.isValidPublicKey(honest.encode()));
        assertFalse(Ed25519.isValidPublicKey(honest.add(torsion).encode()));
    }

    @Test
    void decodingRoundTripsEncodedPoints() {
        EdwardsPoint point = EdwardsPoint.BASE.multiply(BigInteger.valueOf(987654321));
        byte[] encoded = point.encode();
        assertArrayEquals(encoded, EdwardsPoint.decode(encoded).orElseThrow().encode());
    }

    @Test
    void rejectsWrongLengths() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519.expandSeed(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519.publicKey(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519.isValidPublicKey(new byte[33]));
    }

    static byte[] expandedWithScalar(BigInteger scalar) {
        return Arrays.copyOf(LittleEndian.fromUnsigned(scalar, 32), 64);
    }

    static EdwardsPoint anyPointWithTorsion() {
        // 7 of every 8 curve points have a torsion component, so a few small y values suffice
        for (int y = 3; y < 100; y++) {
            var point = EdwardsPoint.decode(LittleEndian.fromUnsigned(BigInteger.valueOf(y), 32));
            if (point.isPresent() && !point.get().multiply(EdwardsPoint.ORDER).isIdentity()) {
                return point.get();
            }
        }
        throw new AssertionError("no point with torsion among small y");
    }

    private static byte[] jdkPublicKey(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedOnlyRandom(seed));
            EdECPoint point = ((EdECPublicKey) generator.generateKeyPair().getPublic()).getPoint();
            BigInteger encoded = point.isXOdd() ? point.getY().setBit(255) : point.getY();
            return LittleEndian.fromUnsigned(encoded, 32);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Feeds the JDK's Ed25519 key generator a chosen 32-byte private key (RFC 8032 seed). */
    private static final class SeedOnlyRandom extends SecureRandom {
        private final byte[] seed;

        SeedOnlyRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            assertEquals(seed.length, bytes.length, "the JDK asks for exactly one seed");
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
