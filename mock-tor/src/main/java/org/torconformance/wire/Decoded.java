package org.torconformance.wire;

/** A decoded value and the offset just past the encoded form it was read from. */
public record Decoded(ByteString value, int end) {
}
