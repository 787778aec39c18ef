package org.torconformance.control.events;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * What tor does when it accepts a control connection: count it for the heartbeat, remember when
 * (for DUMP), and log {@code New control connection opened from 127.0.0.1.}, which controllers
 * already listening for NOTICE receive.
 */
final class ControllerArrivals implements TorModel.SessionListener {
    private final TorModel model;

    ControllerArrivals(TorModel model) {
        this.model = model;
    }

    @Override
    public void opened(ControlSession s) {
        s.attribute(ControllerClock.class, () -> new ControllerClock(model.settings().clock().instant()));
        SocketAddress remote = s.connection() == null ? null : s.connection().remoteAddress();
        if (remote instanceof InetSocketAddress inet) {
            boolean ipv6 = inet.getAddress() instanceof Inet6Address;
            ConnectionCounts.of(model).noteIncoming(ipv6);
            String host = inet.getAddress().getHostAddress();
            LogEvents.of(model).notice("New control connection opened from " + (ipv6 ? "[" + host + "]" : host) + ".");
        } else {
            LogEvents.of(model).notice("New control connection opened.");
        }
    }
}
