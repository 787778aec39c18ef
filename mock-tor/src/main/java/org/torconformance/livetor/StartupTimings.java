package org.torconformance.livetor;

import java.time.Duration;

/**
 * Where the start of a {@link TorNetwork} spent its time: key generation; the wait that aligns the
 * launch with the voting schedule; from launching the relays until an authority serves a consensus
 * listing all of them; from launching the client until it reports 100%; and the whole start() call.
 */
public record StartupTimings(
        Duration keygen, Duration alignment, Duration consensus, Duration clientBootstrap, Duration total,
        int attempts) {

    @Override
    public String toString() {
        return String.format("total %.1f s (keygen %.1f s, alignment %.1f s, consensus %.1f s, "
                        + "client bootstrap %.1f s, attempts %d)",
                seconds(total), seconds(keygen), seconds(alignment), seconds(consensus),
                seconds(clientBootstrap), attempts);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
