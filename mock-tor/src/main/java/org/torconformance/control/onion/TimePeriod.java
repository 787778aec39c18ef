package org.torconformance.control.onion;

import java.time.Instant;

/**
 * A v3 onion service time period (rend-spec-v3 [TIME-PERIODS]): periods of 1440 minutes since the
 * epoch, shifted by the 12-hour shared-random phase so that they start at 12:00 UTC.
 */
record TimePeriod(long number, long lengthMinutes) {
    private static final long DEFAULT_LENGTH_MINUTES = 1440;
    private static final long ROTATION_OFFSET_MINUTES = 12 * 60;

    static TimePeriod at(Instant now) {
        long minutes = now.getEpochSecond() / 60 - ROTATION_OFFSET_MINUTES;
        return new TimePeriod(minutes / DEFAULT_LENGTH_MINUTES, DEFAULT_LENGTH_MINUTES);
    }

    Instant start() {
        return Instant.ofEpochSecond((number * lengthMinutes + ROTATION_OFFSET_MINUTES) * 60);
    }
}
