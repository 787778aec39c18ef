package org.torconformance.control.events;

import org.torconformance.control.TorModel;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.NetworkLivenessEvent;

/** Tor's cached opinion of whether the network is live: {@code network-liveness} and NETWORK_LIVENESS on changes. */
public final class NetworkLiveness {
    private final TorModel model;
    private boolean up;

    private NetworkLiveness(TorModel model) {
        this.model = model;
    }

    public static NetworkLiveness of(TorModel model) {
        return model.part(NetworkLiveness.class, () -> new NetworkLiveness(model));
    }

    public boolean isUp() {
        return up;
    }

    /** Like tor, only a change is announced. */
    public void set(boolean live) {
        if (live == up) {
            return;
        }
        up = live;
        model.events().publish(new NetworkLivenessEvent(live ? "UP" : "DOWN", EventArgs.NONE));
    }
}
