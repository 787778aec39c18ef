package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnionServiceKeyTest {
    // ADD_ONION ED25519-V3:<this unclamped blob> on tor 0.4.9.11 answered ServiceID=3mt74s32…
    private static final String LIVE_UNCLAMPED_BLOB =
            "//////////////////////////////////////////8AlyQa3usYcUTuyAF7+UpG1oQwnHRlUYv7bRUpuOfevQ==";
    private static final String LIVE_UNCLAMPED_SERVICE_ID = "3mt74s32jpvyyg4mhcrb5fb2qurqjsn3ga22l43ge22rcyvgr6ogk2qd";

    @Test
    void generationIsReproducibleFromTheRandomSource() {
        OnionServiceKey first = OnionServiceKey.generate(new Random(5));
        OnionServiceKey again = OnionServiceKey.generate(new Random(5));
        OnionServiceKey other = OnionServiceKey.generate(new Random(6));
        assertEquals(first.blob(), again.blob());
        assertNotEquals(first.blob(), other.blob());
    }

    @Test
    void generationExpandsExactlyOneSeed() {
        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        ScriptedRandom random = new ScriptedRandom(seed);
        OnionServiceKey key = OnionServiceKey.generate(random);
        assertEquals(0, random.unused().length);
        assertArrayEquals(Ed25519.expandSeed(seed), Base64.getDecoder().decode(key.blob()));
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", HexFormat.of().formatHex(key.publicKey()));
    }

    @Test
    void blobIsPaddedBase64OfTheExpandedKeyAndParsesBack() {
        OnionServiceKey key = OnionServiceKey.generate(new Random(9));
        assertEquals(88, key.blob().length());
        assertEquals("==", key.blob().substring(86));
        assertEquals(key.address(), OnionServiceKey.parseBlob(key.blob()).address());
    }

    @Test
    void derivesTorsAddressForAnUnclampedBlob() {
        assertEquals(LIVE_UNCLAMPED_SERVICE_ID, OnionServiceKey.parseBlob(LIVE_UNCLAMPED_BLOB).address().serviceId());
    }

    @Test
    void parsesBlobsAsLenientlyAsTor() {
        String blob = OnionServiceKey.generate(new Random(2)).blob();
        String expected = OnionServiceKey.parseBlob(blob).address().serviceId();
        String unpadded = blob.replace("=", "");
        assertEquals(expected, OnionServiceKey.parseBlob(unpadded).address().serviceId());
        assertEquals(expected, OnionServiceKey.parseBlob(unpadded + "=garbage!!").address().serviceId());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32, 63, 65, 96})
    void rejectsBlobsOfTheWrongLength(int length) {
        String blob = Base64.getEncoder().encodeToString(new byte[length]);
        assertThrows(IllegalArgumentException.class, () -> OnionServiceKey.parseBlob(blob));
    }

    @Test
    void rejectsBlobsThatAreNotBase64() {
        assertThrows(IllegalArgumentException.class, () -> OnionServiceKey.parseBlob("not*base64"));
    }

    @Test
    void aScalarThatIsZeroModLDecodesButHasNoAddress() {
        for (BigInteger scalar : new BigInteger[] {BigInteger.ZERO, EdwardsPoint.ORDER}) {
            String blob = Base64.getEncoder().encodeToString(Ed25519Test.expandedWithScalar(scalar));
            OnionServiceKey key = OnionServiceKey.parseBlob(blob);
            assertThrows(IllegalArgumentException.class, key::address);
        }
    }
}
