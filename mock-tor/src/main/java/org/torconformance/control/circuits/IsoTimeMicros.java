package org.torconformance.control.circuits;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Tor's {@code format_iso_time_nospace_usec}: {@code YYYY-MM-DDTHH:MM:SS.ffffff} in UTC (TIME_CREATED, STREAM_BW). */
final class IsoTimeMicros {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private IsoTimeMicros() {
    }

    static String format(Instant t) {
        return FORMAT.format(t.atOffset(ZoneOffset.UTC));
    }
}
