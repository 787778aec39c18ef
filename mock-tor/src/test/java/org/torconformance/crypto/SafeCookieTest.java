package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SafeCookieTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] COOKIE = HEX.parseHex("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
    private static final byte[] CLIENT_NONCE = HEX.parseHex("0102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F20");
    private static final byte[] SERVER_NONCE = HEX.parseHex("FFFEFDFCFBFAF9F8F7F6F5F4F3F2F1F0EFEEEDECEBEAE9E8E7E6E5E4E3E2E1E0");
    private static final byte[] SERVER_HASH = HEX.parseHex("FF4E160CE7389DCC1F14FA0AD0FC022D1230C36B165F623F86622A19289E763F");
    private static final byte[] CLIENT_HASH = HEX.parseHex("7CE3FC4DE49415AF47D3100A74D1C209A003A4D245C43305F05A6F5F627E9072");

    private final SafeCookie safeCookie = new SafeCookie(COOKIE);

    @Test
    void computesTheFactsFileVector() {
        assertArrayEquals(SERVER_HASH, safeCookie.serverHash(CLIENT_NONCE, SERVER_NONCE));
        assertArrayEquals(CLIENT_HASH, safeCookie.clientHash(CLIENT_NONCE, SERVER_NONCE));
    }

    @Test
    void verifiesOnlyTheMatchingProof() {
        assertTrue(safeCookie.isServerHash(CLIENT_NONCE, SERVER_NONCE, SERVER_HASH));
        assertTrue(safeCookie.isClientHash(CLIENT_NONCE, SERVER_NONCE, CLIENT_HASH));
        assertFalse(safeCookie.isServerHash(CLIENT_NONCE, SERVER_NONCE, CLIENT_HASH), "the two keys must differ");
        assertFalse(safeCookie.isClientHash(CLIENT_NONCE, SERVER_NONCE, SERVER_HASH));
        assertFalse(safeCookie.isClientHash(SERVER_NONCE, CLIENT_NONCE, CLIENT_HASH), "nonce order matters");
        byte[] flipped = CLIENT_HASH.clone();
        flipped[31] ^= 1;
        assertFalse(safeCookie.isClientHash(CLIENT_NONCE, SERVER_NONCE, flipped));
        assertFalse(safeCookie.isClientHash(CLIENT_NONCE, SERVER_NONCE, new byte[0]));
    }

    @Test
    void cookieMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new SafeCookie(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new SafeCookie(new byte[33]));
    }

    @Test
    void keepsItsOwnCopyOfTheCookie() {
        byte[] cookie = COOKIE.clone();
        SafeCookie copy = new SafeCookie(cookie);
        cookie[0] ^= 1;
        assertArrayEquals(COOKIE, copy.cookie());
    }
}
