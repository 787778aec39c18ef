package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/**
 * {@code 650+HS_DESC_CONTENT <address|UNKNOWN> <DescId> <HsDir|UNKNOWN>} / the descriptor (a data
 * block; empty after a failed fetch) / {@code 650 OK}.
 */
public record HsDescContentEvent(String address, String descriptorId, String hsDir, EventArgs args,
                                 ByteString descriptor) implements TorEvent {
    public static final String TYPE = "HS_DESC_CONTENT";

    static HsDescContentEvent from(EventLine l, ByteString descriptor) {
        Events.requireFixed(l, 3);
        return new HsDescContentEvent(l.string(0), l.string(1), l.string(2), l.argsFrom(3), descriptor);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Reply toReply() {
        ByteString first = EventLine.build(TYPE, List.of(address, descriptorId, hsDir), args);
        return Reply.builder().data(650, first, descriptor).end(650, "OK");
    }
}
