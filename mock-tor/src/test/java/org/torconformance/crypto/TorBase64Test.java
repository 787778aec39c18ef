package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class TorBase64Test {
    private static final byte[] FOOBA = {'f', 'o', 'o', 'b', 'a'};

    @Test
    void decodesWhatJavaEncodesWithOrWithoutPadding() {
        qt().forAll(Generate.byteArrays(integers().between(0, 70), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(bytes -> {
                    assertArrayEquals(bytes, TorBase64.decode(Base64.getEncoder().encodeToString(bytes)));
                    assertArrayEquals(bytes, TorBase64.decode(Base64.getEncoder().withoutPadding().encodeToString(bytes)));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zm9vYmE=", "Zm9vYmE", "Zm9v YmE=", "Zm9v\r\nYmE=", "Zm9v\tYm\u000BE", "Zm9vYmE=!!not base64",
        "Zm9vYmE=Zm9v", "Zm9vYmF="})
    void isAsLenientAsTor(String text) {
        // whitespace skipped, first '=' ends the data, the 2 spare bits of the last character are not checked
        assertArrayEquals(FOOBA, TorBase64.decode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zm9vYmE!", "Zm9v-mE=", "Zm9v_mE=", "Zm9v\fYmE="})
    void rejectsCharactersTorRejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> TorBase64.decode(text));
    }

    @Test
    void rejectsALoneTrailingCharacter() {
        assertThrows(IllegalArgumentException.class, () -> TorBase64.decode("Zm9vY"));
    }
}
