package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnionAddressTest {
    // ServiceID and PrivateKey returned together by ADD_ONION NEW:ED25519-V3 on tor 0.4.9.11
    static final String LIVE_SERVICE_ID = "e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2yd";
    static final String LIVE_BLOB =
            "yH3dB+omcC0OJbTsz7y48eSQlzMZxSp/o0HA6DQBv2smLpE7l+J4kWLGUKSn0SnIatjNDKKlwA3FWjuB9+ibiA==";

    /** Builds an address string independently of OnionAddress, for any key bytes and version. */
    static String address(byte[] publicKey, int version) {
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            sha3.update(".onion checksum".getBytes(StandardCharsets.US_ASCII));
            sha3.update(publicKey);
            sha3.update((byte) version);
            byte[] raw = Arrays.copyOf(publicKey, 35);
            System.arraycopy(sha3.digest(), 0, raw, 32, 2);
            raw[34] = (byte) version;
            return Base32.encode(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void buildsTheServiceIdTorReported() {
        byte[] publicKey = OnionServiceKey.parseBlob(LIVE_BLOB).publicKey();
        OnionAddress address = OnionAddress.of(publicKey);
        assertEquals(LIVE_SERVICE_ID, address.serviceId());
        assertEquals(LIVE_SERVICE_ID + ".onion", address.hostname());
        assertEquals(OnionAddress.VERSION, address.version());
        assertArrayEquals(publicKey, address.publicKey());
    }

    @Test
    void parsesServiceIdsAndHostnames() {
        OnionAddress expected = OnionAddress.parseServiceId(LIVE_SERVICE_ID);
        assertEquals(LIVE_SERVICE_ID, expected.toString());
        assertEquals(expected, OnionAddress.parse(LIVE_SERVICE_ID));
        assertEquals(expected, OnionAddress.parse(LIVE_SERVICE_ID + ".onion"));
        assertEquals(expected, OnionAddress.parse(LIVE_SERVICE_ID + ".ONION"));
        assertEquals(expected, OnionAddress.parseServiceId(LIVE_SERVICE_ID.toUpperCase()));
    }

    @Test
    void serviceIdRejectsTheOnionSuffixAsTheControlPortDoes() {
        assertThrows(IllegalArgumentException.class, () -> OnionAddress.parseServiceId(LIVE_SERVICE_ID + ".onion"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2y",
        "e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2ydd",
        "e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2y1",
        "e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf3yd",
        "f6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2yd",
        "www.e6dsyrgr6b4waocprdiopbabgbnkbtiv6jjaxbihipgruyyiqx6gf2yd.onion",
        ""})
    void rejectsBadLengthCharactersAndChecksums(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnionAddress.parse(text));
        assertTrue(e.getMessage().startsWith("invalid onion address"), e.getMessage());
    }

    @Test
    void acceptsAnyVersionWhoseChecksumMatchesAsTorDoes() {
        byte[] publicKey = OnionAddress.parseServiceId(LIVE_SERVICE_ID).publicKey();
        for (int version : new int[] {0, 4, 255}) {
            assertEquals(version, OnionAddress.parseServiceId(address(publicKey, version)).version());
        }
    }

    @Test
    void rejectsPublicKeysTorRejects() {
        byte[] identity = EdwardsPoint.IDENTITY.encode();
        byte[] offCurve = LittleEndian.fromUnsigned(BigInteger.TWO, 32);
        for (byte[] key : new byte[][] {identity, offCurve}) {
            String text = address(key, 3);
            assertThrows(IllegalArgumentException.class, () -> OnionAddress.parseServiceId(text));
            assertThrows(IllegalArgumentException.class, () -> OnionAddress.of(key));
        }
    }

    @Test
    void keepsItsKeyToItself() {
        OnionAddress address = OnionAddress.parseServiceId(LIVE_SERVICE_ID);
        address.publicKey()[0] ^= 1;
        assertEquals(LIVE_SERVICE_ID, address.serviceId());
    }
}
