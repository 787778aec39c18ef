package org.torconformance.socks;

import java.util.function.Consumer;
import org.torconformance.control.EventBus;
import org.torconformance.socks.wire.ClientStatusEvent;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;

/** Turns the STATUS_CLIENT events a SOCKS session returns into control-port events, bytes unchanged. */
public final class ClientStatusEvents {
    private ClientStatusEvents() {
    }

    /** {@code 650 STATUS_CLIENT WARN <body>}, typed as a {@code StatusEvent} whenever the line parses as one. */
    public static TorEvent toEvent(ClientStatusEvent event) {
        return Events.parse(Reply.of(650, "STATUS_CLIENT " + event.severity() + " " + event.body()));
    }

    /** A sink that publishes every event on {@code bus}; call it on the reactor thread. */
    public static Consumer<ClientStatusEvent> publishingTo(EventBus bus) {
        return e -> bus.publish(toEvent(e));
    }
}
