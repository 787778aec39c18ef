package org.torconformance.wire.event;

import java.util.Optional;
import org.torconformance.wire.Reply;

/**
 * An event this codec has no record for (a newer tor's), or one whose shape does not fit its type
 * ({@code problem} says how). The whole reply is kept: nothing a future tor sends is dropped.
 */
public record UnknownEvent(String type, Reply reply, Optional<String> problem) implements TorEvent {
    @Override
    public Reply toReply() {
        return reply;
    }
}
