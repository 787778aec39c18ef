package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashedPasswordTest {
    private static final String SPEC_FOO = "16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2";
    private static final String LIVE_PASSWORD = "16:01020304050607086019FADB83496D201EB48E03E4EE94EF72F0A4FB70";

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void matchesTheControlSpecExample() {
        HashedPassword hash = HashedPassword.parse(SPEC_FOO);
        assertTrue(hash.matches(ascii("foo")));
        assertFalse(hash.matches(ascii("fo")));
        assertFalse(hash.matches(ascii("foo ")));
        assertEquals(0x60, hash.specifier());
        assertArrayEquals(HexFormat.of().parseHex("660537E3E1CD4999"), hash.salt());
    }

    @Test
    void createReproducesTheHashTorAcceptedLive() {
        ScriptedRandom salt = new ScriptedRandom(HexFormat.of().parseHex("0102030405060708"));
        HashedPassword hash = HashedPassword.create(ascii("password"), salt);
        assertEquals(LIVE_PASSWORD, hash.format());
        assertTrue(hash.matches(ascii("password")));
    }

    @Test
    void createUsesTorsSpecifierAndAFreshSalt() {
        Random random = new Random(7);
        HashedPassword first = HashedPassword.create(ascii("x"), random);
        HashedPassword second = HashedPassword.create(ascii("x"), random);
        assertEquals(HashedPassword.TOR_SPECIFIER, first.specifier());
        assertNotEquals(first, second);
        assertTrue(first.matches(ascii("x")) && second.matches(ascii("x")));
    }

    @Test
    void digestIsSha1OfSaltAndSecretRepeatedToExactlyCountBytes() {
        byte[] salt = HexFormat.of().parseHex("0011223344556677");
        byte[] secret = ascii("hunter2");
        byte[] block = new byte[salt.length + secret.length];
        System.arraycopy(salt, 0, block, 0, salt.length);
        System.arraycopy(secret, 0, block, salt.length, secret.length);
        for (int specifier : new int[] {0x00, 0x60, 0x6F, 0x9A}) {
            int count = (16 + (specifier & 15)) << ((specifier >> 4) + 6);
            byte[] stream = new byte[count];
            for (int i = 0; i < count; i++) {
                stream[i] = block[i % block.length];
            }
            assertArrayEquals(sha1(stream), HashedPassword.s2k(salt, specifier, secret), "specifier " + specifier);
        }
    }

    @Test
    void onlyAPrefixOfALongSecretCountsWhenTheCountIsShort() {
        // specifier 0 hashes 1024 bytes: the salt and the first 1016 bytes of the secret (tor agreed live)
        byte[] salt = new byte[8];
        byte[] secret = new byte[2000];
        new Random(1).nextBytes(secret);
        byte[] sameHead = secret.clone();
        sameHead[1016] ^= 1;
        byte[] differentHead = secret.clone();
        differentHead[1015] ^= 1;
        assertArrayEquals(HashedPassword.s2k(salt, 0, secret), HashedPassword.s2k(salt, 0, sameHead));
        assertFalse(Arrays.equals(HashedPassword.s2k(salt, 0, secret), HashedPassword.s2k(salt, 0, differentHead)));
    }

    @Test
    void parsesLowercaseHexAndTheBase64FormOfTheSameBytes() {
        HashedPassword canonical = HashedPassword.parse(LIVE_PASSWORD);
        byte[] bytes = HexFormat.of().parseHex(LIVE_PASSWORD.substring(3));
        String base64 = Base64.getEncoder().encodeToString(bytes);
        assertEquals(canonical, HashedPassword.parse(LIVE_PASSWORD.toLowerCase()));
        assertEquals(canonical, HashedPassword.parse(base64));
        assertEquals(canonical, HashedPassword.parse(base64.replace("=", "")));
        assertEquals(LIVE_PASSWORD, HashedPassword.parse(base64).format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "16:01020304050607086019FADB83496D201EB48E03E4EE94EF72F0A4FB",
        "16:01020304050607086019FADB83496D201EB48E03E4EE94EF72F0A4FB7000",
        "16:01020304050607086019FADB83496D201EB48E03E4EE94EF72F0A4FBZZ",
        "16:AQIDBAUGBwhgGfrbg0ltIB60jgPk7pTvcvCk+3A=",
        "AQIDBAUGBwhgGfrbg0ltIB60jgPk7pTvcvCk+3AA",
        "AQIDBAUGBwhgGfrbg0ltIB60jgPk7pTvcvCk",
        "01020304050607086019FADB83496D201EB48E03E4EE94EF72F0A4FB70",
        ""})
    void rejectsWhatTorRejects(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HashedPassword.parse(value));
        assertTrue(e.getMessage().startsWith("bad HashedControlPassword"), e.getMessage());
    }

    @Test
    void acceptsEverySaltAndSecretItCreates() {
        Random random = new Random(3);
        for (int length = 0; length < 40; length++) {
            byte[] secret = new byte[length];
            random.nextBytes(secret);
            HashedPassword hash = HashedPassword.parse(HashedPassword.create(secret, random).format());
            assertTrue(hash.matches(secret), "secret length " + length);
        }
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
