package org.torconformance.wire.event;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/** {@code 650+NS} / router status entries (a data block) / {@code 650 OK}. */
public record NetworkStatusEvent(ByteString document) implements TorEvent {
    public static final String TYPE = "NS";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Reply toReply() {
        return Reply.builder().data(650, ByteString.latin1(TYPE), document).end(650, "OK");
    }
}
