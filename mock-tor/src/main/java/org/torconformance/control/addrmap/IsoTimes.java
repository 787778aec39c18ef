package org.torconformance.control.addrmap;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Tor's {@code format_iso_time} (UTC) and {@code format_local_iso_time}: {@code YYYY-MM-DD HH:MM:SS}. */
public final class IsoTimes {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private IsoTimes() {
    }

    public static String utc(Instant t) {
        return ISO.format(t.atOffset(ZoneOffset.UTC));
    }

    /** In the mock's time zone, as tor prints the first time of an ADDRMAP event. */
    public static String local(Instant t) {
        return ISO.format(t.atZone(ZoneId.systemDefault()));
    }
}
