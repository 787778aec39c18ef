package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class X25519ClientAuthTest {
    private static final HexFormat HEX = HexFormat.of();
    // RFC 7748 §6.1, Alice
    private static final byte[] PRIVATE = HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    private static final byte[] PUBLIC = HEX.parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");

    @Test
    void derivesTheRfc7748PublicKey() {
        assertArrayEquals(PUBLIC, X25519ClientAuth.publicKey(PRIVATE));
    }

    @Test
    void encodesKeysInTheWireForms() {
        String privateBlob = X25519ClientAuth.encodePrivateKey(PRIVATE);
        String publicBase32 = X25519ClientAuth.encodePublicKey(PUBLIC);
        assertEquals(Base64.getEncoder().encodeToString(PRIVATE), privateBlob);
        assertEquals(X25519ClientAuth.PUBLIC_KEY_BASE32_LENGTH, publicBase32.length());
        assertEquals(publicBase32.toLowerCase(), publicBase32);
        assertArrayEquals(PRIVATE, X25519ClientAuth.decodePrivateKey(privateBlob));
        assertArrayEquals(PUBLIC, X25519ClientAuth.decodePublicKey(publicBase32));
    }

    @Test
    void decodesPrivateKeysAsLenientlyAsTor() {
        String blob = X25519ClientAuth.encodePrivateKey(PRIVATE);
        assertArrayEquals(PRIVATE, X25519ClientAuth.decodePrivateKey(blob.replace("=", "")));
        assertArrayEquals(PRIVATE, X25519ClientAuth.decodePrivateKey(blob + "junk"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void rejectsPrivateKeysOfTheWrongLength(int length) {
        String blob = Base64.getEncoder().encodeToString(new byte[length]);
        assertThrows(IllegalArgumentException.class, () -> X25519ClientAuth.decodePrivateKey(blob));
    }

    @Test
    void decodesAnAllZeroPrivateKeyButFlagsIt() {
        byte[] zero = X25519ClientAuth.decodePrivateKey(Base64.getEncoder().encodeToString(new byte[32]));
        assertTrue(X25519ClientAuth.isAllZero(zero));
        assertFalse(X25519ClientAuth.isAllZero(PRIVATE));
        byte[] lastBitSet = new byte[32];
        lastBitSet[31] = (byte) 0x80;
        assertFalse(X25519ClientAuth.isAllZero(lastBitSet));
    }

    @Test
    void decodesPublicKeysInEitherCaseIgnoringSpareBits() {
        String encoded = X25519ClientAuth.encodePublicKey(PUBLIC);
        assertArrayEquals(PUBLIC, X25519ClientAuth.decodePublicKey(encoded.toUpperCase()));
        // the 52nd character carries 1 bit of key and 4 spare bits; tor ignores the spare bits
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        char withSpareBits = alphabet.charAt(alphabet.indexOf(encoded.charAt(51)) | 0x0F);
        String spareBitsSet = encoded.substring(0, 51) + withSpareBits;
        assertNotEquals(encoded, spareBitsSet);
        assertArrayEquals(PUBLIC, X25519ClientAuth.decodePublicKey(spareBitsSet));
        assertArrayEquals(new byte[32], X25519ClientAuth.decodePublicKey("a".repeat(52)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa====", "descriptor:x25519:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejectsPublicKeysTorCannotDecode(String text) {
        assertThrows(IllegalArgumentException.class, () -> X25519ClientAuth.decodePublicKey(text));
    }
}
