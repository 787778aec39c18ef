package org.torconformance.socks.wire;

/** The result of decoding a reply from the front of a byte buffer. */
public sealed interface Decoded<T> permits Decoded.Complete, Decoded.Incomplete, Decoded.Malformed {

    /** A whole reply: {@code length} bytes of the input were used. */
    record Complete<T>(T value, int length) implements Decoded<T> {
    }

    /** The input is a prefix of a reply; read more. */
    record Incomplete<T>() implements Decoded<T> {
    }

    /** The input cannot start a reply of the expected kind. */
    record Malformed<T>(String reason) implements Decoded<T> {
    }
}
