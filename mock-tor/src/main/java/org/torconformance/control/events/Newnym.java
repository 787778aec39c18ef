package org.torconformance.control.events;

import java.time.Duration;
import org.torconformance.control.TorModel;
import org.torconformance.wire.event.SignalEvent;

/**
 * SIGNAL NEWNYM as tor 0.4.9 carries it out ({@code do_signewnym}): at most one new identity per
 * ten seconds; a request inside that window is logged and deferred, and all deferred requests run
 * as one when the window ends. A tor without client ports ignores NEWNYM, and since it then never
 * records a NEWNYM, it never rate-limits either.
 */
final class Newnym {
    static final long RATE_SECONDS = 10;

    private final TorModel model;
    private long lastSecond = Long.MIN_VALUE;
    private boolean pending;

    Newnym(TorModel model) {
        this.model = model;
    }

    void request() {
        long now = nowSecond();
        if (lastSecond != Long.MIN_VALUE && lastSecond + RATE_SECONDS > now) {
            long delay = lastSecond + RATE_SECONDS - now;
            if (!pending) {
                pending = true;
                model.reactor().schedule(Duration.ofSeconds(delay), this::deferred);
            }
            LogEvents.of(model).notice("Rate limiting NEWNYM request: delaying by " + delay + " second(s)");
        } else {
            run(now);
        }
    }

    private void deferred() {
        LogEvents.of(model).info("handle_deferred_signewnym_cb(): Honoring delayed NEWNYM request");
        pending = false;
        request();
    }

    private void run(long now) {
        LogEvents log = LogEvents.of(model);
        if (!ClientPorts.proxyMode(model.config())) {
            log.info("signewnym_impl(): Ignoring SIGNAL NEWNYM because client functionality is disabled.");
            return;
        }
        log.info("cancel_descriptor_fetches(): Hidden service client descriptor fetches cancelled.");
        log.info("hs_cache_client_intro_state_purge(): Hidden service client introduction point state cache purged.");
        log.info("hs_cache_purge_as_client(): Hidden service client descriptor cache purged.");
        log.info("purge_ephemeral_client_auth(): Client onion service ephemeral authorization cache has been purged.");
        log.info("hs_client_purge_state(): Hidden service client state has been purged.");
        lastSecond = now;
        pending = false;
        NymEpoch epoch = NymEpoch.of(model);
        epoch.advance();
        SignalHooks.of(model).each(h -> h.newIdentity(epoch.current()));
        model.events().publish(SignalEvent.of(Signal.NEWNYM.name()));
    }

    private long nowSecond() {
        return model.settings().clock().instant().getEpochSecond();
    }
}
