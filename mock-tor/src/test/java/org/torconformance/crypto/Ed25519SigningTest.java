package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/** Signing with expanded keys and key blinding, checked against the JDK and tor's own test vectors. */
class Ed25519SigningTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void signsExactlyAsTheJdkDoesForSeededKeys() {
        byte[] message = "Tor onion service descriptor sig v3".getBytes(StandardCharsets.US_ASCII);
        qt().withExamples(25)
                .forAll(Generate.byteArrays(integers().between(32, 32), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(seed -> assertArrayEquals(jdkSignature(seed, message), Ed25519.sign(Ed25519.expandSeed(seed), message),
                        "seed " + HEX.formatHex(seed)));
    }

    // tor's src/test/ed25519_vectors.inc, entries 0, 3 and 7: seed, and the key's signature of its own public key
    @ParameterizedTest
    @CsvSource({
        "26c76712d89d906e6672dafa614c42e5cb1caac8c6568e4d2493087db51f0d36, "
                + "d23188eac3773a316d46006fa59c095060be8b1a23582a0dd99002a82a0662bd246d8449e172e04c5f46ac0d1404cebe4aabd8a75a1457aa06cae41f3334f104",
        "d51385942033a76dc17f089a59e6a5a7fe80d9c526ae8ddd8c3a506b99d3d0a6, "
                + "2375380cd72d1a6c642aeddff862be8a5804b916acb72c02d9ed052c1561881aa658a5af856fcd6d43113e42f698cd6687c99efeef7f2ce045824440d26c5d00",
        "c6bbcce615839756aed2cc78b1de13884dd3618f48367a17597a16c1cd7a290b, "
                + "815213640a643d198bd056e02bba74e1c8d2d931643e84497adf3347eb485079c9afe0afce9284cdc084946b561abbb214f1304ca11228ff82702185cf28f60d"})
    void matchesTorsSelfSignatureVectors(String seed, String selfSignature) {
        byte[] secret = Ed25519.expandSeed(HEX.parseHex(seed));
        byte[] publicKey = Ed25519.publicKey(secret);
        assertEquals(selfSignature, HEX.formatHex(Ed25519.sign(secret, publicKey)));
        assertTrue(Ed25519.verify(publicKey, publicKey, HEX.parseHex(selfSignature)));
    }

    @Test
    void blindedSecretKeysBelongToTheBlindedPublicKey() {
        qt().withExamples(10)
                .forAll(Generate.byteArrays(integers().between(32, 32), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(parameter -> {
                    byte[] secret = Ed25519.expandSeed(parameter.clone());
                    assertArrayEquals(Ed25519.blindPublicKey(Ed25519.publicKey(secret), parameter).orElseThrow(),
                            Ed25519.publicKey(Ed25519.blindSecretKey(secret, parameter)));
                });
    }

    @Test
    void blindedKeysSignWhatTheBlindedPublicKeyVerifies() {
        byte[] secret = Ed25519.expandSeed(new byte[32]);
        byte[] parameter = HEX.parseHex("97f45142597c473a4b0e9a12d64561133ad9e1155fe5a9807fe6af8a93557818");
        byte[] blindedSecret = Ed25519.blindSecretKey(secret, parameter);
        byte[] blindedPublic = Ed25519.blindPublicKey(Ed25519.publicKey(secret), parameter).orElseThrow();
        byte[] message = {1, 2, 3};
        assertTrue(Ed25519.verify(blindedPublic, message, Ed25519.sign(blindedSecret, message)));
    }

    @Test
    void verifyRefusesAlteredMessagesSignaturesAndOversizedS() {
        byte[] secret = Ed25519.expandSeed(HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        byte[] publicKey = Ed25519.publicKey(secret);
        byte[] message = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Ed25519.sign(secret, message);
        assertTrue(Ed25519.verify(publicKey, message, signature));
        assertFalse(Ed25519.verify(publicKey, "hellO".getBytes(StandardCharsets.US_ASCII), signature));
        byte[] flipped = signature.clone();
        flipped[5] ^= 1;
        assertFalse(Ed25519.verify(publicKey, message, flipped));
        byte[] sPlusOrder = signature.clone();
        BigInteger s = LittleEndian.toUnsigned(java.util.Arrays.copyOfRange(signature, 32, 64)).add(EdwardsPoint.ORDER);
        System.arraycopy(LittleEndian.fromUnsigned(s, 32), 0, sPlusOrder, 32, 32);
        assertEquals(0, sPlusOrder[63] & 0xE0, "S + l still fits under the top three bits");
        assertTrue(Ed25519.verify(publicKey, message, sPlusOrder), "donna accepts S + l, as tor does");
        byte[] highBits = signature.clone();
        highBits[63] |= (byte) 0x80;
        assertFalse(Ed25519.verify(publicKey, message, highBits));
        assertFalse(Ed25519.verify(publicKey, message, java.util.Arrays.copyOf(signature, 63)));
    }

    private static byte[] jdkSignature(byte[] seed, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed)));
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
