package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyArgumentTest {
    @ParameterizedTest
    @ValueSource(strings = {"x25519:abc=", "x25519::abc=", ":x25519:abc=", "x25519:abc=:", "::x25519:::abc=::"})
    void splitsOnColonsIgnoringEmptyPiecesAsTorDid(String argument) {
        assertEquals(new KeyArgument("x25519", "abc="), KeyArgument.parse(argument));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "x25519", "x25519:", "ED25519-V3:abc:x", "a:b:c"})
    void needsExactlyTwoPieces(String argument) {
        assertThrows(IllegalArgumentException.class, () -> KeyArgument.parse(argument));
    }

    @Test
    void comparesTypesIgnoringCase() {
        KeyArgument argument = KeyArgument.parse("ed25519-v3:blob");
        assertTrue(argument.isType("ED25519-V3"));
        assertFalse(argument.isType("x25519"));
    }

    @Test
    void keepsTheBlobOutOfToString() {
        String text = KeyArgument.parse("x25519:SECRETSECRET").toString();
        assertFalse(text.contains("SECRET"), text);
        assertTrue(text.contains("x25519"), text);
    }
}
