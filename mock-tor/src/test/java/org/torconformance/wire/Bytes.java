package org.torconformance.wire;

/** Test shorthand: Java string literals as wire bytes, one byte per char. */
final class Bytes {
    private Bytes() {
    }

    static ByteString b(String latin1) {
        return ByteString.latin1(latin1);
    }

    static byte[] raw(String latin1) {
        return ByteString.latin1(latin1).toByteArray();
    }
}
