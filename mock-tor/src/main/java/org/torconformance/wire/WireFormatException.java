package org.torconformance.wire;

/** Input that does not follow the grammar; {@link #offset()} is where the decoder gave up. */
public final class WireFormatException extends IllegalArgumentException {
    private final int offset;

    public WireFormatException(String reason, int offset) {
        super(reason + " (at byte " + offset + ")");
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
