package org.torconformance.control.events;

import java.time.Duration;
import java.time.Instant;
import org.torconformance.control.TorModel;

/**
 * Two different things tor calls dormant. {@code GETINFO dormant} answers whether circuit building
 * is idle for lack of predicted ports: tor seeds port 443 at start and forgets it after
 * PredictedPortsRelevanceTime (an hour) without use, so it reads 0 for the first hour whatever the
 * DORMANT signal did. The DORMANT and ACTIVE signals switch network participation instead, which
 * only shows in tor's log ("Tor is no longer dormant.").
 */
public final class Dormancy {
    static final Duration PREDICTED_PORTS_RELEVANCE = Duration.ofHours(1);

    private Instant lastPredictedUse;
    private boolean participating = true;

    private Dormancy(Instant start) {
        this.lastPredictedUse = start;
    }

    public static Dormancy of(TorModel model) {
        return model.part(Dormancy.class, () -> new Dormancy(model.settings().clock().instant()));
    }

    /** A client connection used a port (SOCKS): circuits will be predicted for another hour. */
    public void notePredictedUse(Instant now) {
        lastPredictedUse = now;
    }

    public boolean circuitBuildingDormant(Instant now) {
        return Duration.between(lastPredictedUse, now).compareTo(PREDICTED_PORTS_RELEVANCE) > 0;
    }

    public boolean participating() {
        return participating;
    }

    void setParticipating(boolean on) {
        participating = on;
    }
}
