package org.torconformance.crypto;

import java.math.BigInteger;

/** Conversions between unsigned little-endian byte strings, as curve25519 encodes numbers, and BigInteger. */
final class LittleEndian {
    private LittleEndian() {
    }

    static BigInteger toUnsigned(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    static byte[] fromUnsigned(BigInteger value, int length) {
        if (value.signum() < 0 || value.bitLength() > length * 8) {
            throw new IllegalArgumentException(value + " does not fit in " + length + " unsigned bytes");
        }
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = value.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
