package org.torconformance.control.events;

import java.time.Duration;
import org.torconformance.control.TorModel;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.BandwidthEvent;

/**
 * {@code 650 BW <read> <written>} once a second, while some controller listens for BW (tor runs
 * its per-second control events only then, which is also when {@code bw-event-cache} fills).
 */
final class BandwidthTicker {
    static final Duration PERIOD = Duration.ofSeconds(1);

    private final TorModel model;
    private Reactor.Timer timer;

    BandwidthTicker(TorModel model) {
        this.model = model;
    }

    /** Call after subscriptions change; starts the ticks if someone listens and none run. */
    void subscriptionsChanged() {
        if (timer == null && model.events().anySubscribed(BandwidthEvent.TYPE)) {
            timer = model.reactor().schedule(PERIOD, this::tick);
        }
    }

    private void tick() {
        timer = null;
        if (!model.events().anySubscribed(BandwidthEvent.TYPE)) {
            return;
        }
        Traffic.Sample s = Traffic.of(model).sample();
        model.events().publish(BandwidthEvent.of(s.read(), s.written()));
        timer = model.reactor().schedule(PERIOD, this::tick);
    }
}
