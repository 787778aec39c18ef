package org.torconformance.wire;

import java.util.List;

/**
 * Bytes a decoder could not frame. {@code offset} is the stream offset of {@code bytes}; {@code
 * lines} holds whatever complete reply lines were read before the problem (for a reply that ended
 * with a data block and no end line, tor's own bug, those are the data lines).
 */
public record Malformed(long offset, ByteString bytes, String reason, List<ReplyLine> lines)
        implements ReplyFrame, CommandFrame {
    public Malformed {
        lines = List.copyOf(lines);
    }

    public Malformed(long offset, ByteString bytes, String reason) {
        this(offset, bytes, reason, List.of());
    }
}
