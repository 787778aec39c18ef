package org.torconformance.control.events;

import org.torconformance.control.TorModel;

/**
 * Tor's NEWNYM epoch: 0 at start, one more every time a NEWNYM really runs. Streams opened in
 * different epochs never share a circuit (the {@code NYM_EPOCH=} of STREAM events).
 */
public final class NymEpoch {
    private int epoch;

    public static NymEpoch of(TorModel model) {
        return model.part(NymEpoch.class, NymEpoch::new);
    }

    public int current() {
        return epoch;
    }

    void advance() {
        epoch++;
    }
}
