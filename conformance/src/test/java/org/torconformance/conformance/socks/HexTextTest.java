package org.torconformance.conformance.socks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HexTextTest {
    @Test
    @DisplayName("hex pairs and quoted Latin-1 text, with escapes")
    void parse() {
        assertArrayEquals(new byte[] {5, 1, 0}, HexText.parse("05 01 00"));
        assertArrayEquals(new byte[] {5, (byte) 0xf0, 3, 2, 'a', '.', 0}, HexText.parse("05F0 03 02 'a.' 00"));
        assertArrayEquals(new byte[] {'G', '\r', '\n', 0, '\'', '"', (byte) 0xe9}, HexText.parse("'G\\r\\n\\0\\'\"\u00e9'"));
        assertEquals("05 f0 00", HexText.format(new byte[] {5, (byte) 0xf0, 0}));
    }

    @Test
    @DisplayName("odd digits, stray text, an open quote and non-Latin-1 characters are refused")
    void rejects() {
        for (String bad : new String[] {"0", "05 1", "zz", "'open", "'\u20ac'", "'\\q'"}) {
            assertThrows(IllegalArgumentException.class, () -> HexText.parse(bad), bad);
        }
    }
}
