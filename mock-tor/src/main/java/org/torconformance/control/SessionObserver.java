package org.torconformance.control;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/** Watches one session's traffic (the journal). */
public interface SessionObserver {
    SessionObserver NONE = new SessionObserver() {
    };

    default void received(ByteString bytes) {
    }

    default void command(Command command) {
    }

    default void sent(ByteString bytes) {
    }

    default void closed() {
    }
}
