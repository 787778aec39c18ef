package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class Base32Test {
    @ParameterizedTest
    @CsvSource({"'',''", "f,my", "fo,mzxq", "foo,mzxw6", "foob,mzxw6yq", "fooba,mzxw6ytb", "foobar,mzxw6ytboi"})
    void encodesRfc4648VectorsInLowercaseWithoutPadding(String plain, String encoded) {
        assertEquals(encoded, Base32.encode(plain.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), Base32.decode(encoded));
    }

    @Test
    void decodesEitherCase() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW6ytbOI"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mzxw6ytboi======", "mzxw6ytb0i", "mzxw6ytb1i", "mzxw6ytb8i", "mzxw 6ytb", "mzxw6ytb-"})
    void rejectsCharactersOutsideTheAlphabetIncludingPadding(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Base32.decode(text));
        assertTrue(e.getMessage().startsWith("invalid base32 character"), e.getMessage());
    }

    @Test
    void ignoresLeftoverBitsLikeTor() {
        // "my" carries 10 bits: 8 for 'f' and 2 spare; tor does not require the spare bits to be zero.
        assertArrayEquals(new byte[] {'f'}, Base32.decode("my"));
        assertArrayEquals(new byte[] {'f'}, Base32.decode("m3"));
        assertArrayEquals(new byte[0], Base32.decode("m"));
    }

    @Test
    void roundTripsAnyBytes() {
        qt().forAll(Generate.byteArrays(integers().between(0, 80), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(bytes -> assertArrayEquals(bytes, Base32.decode(Base32.encode(bytes))));
    }
}
