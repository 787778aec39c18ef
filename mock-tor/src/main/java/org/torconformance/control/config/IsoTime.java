package org.torconformance.control.config;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Tor's {@code parse_iso_time}: exactly {@code YYYY-MM-DD HH:MM:SS}. */
final class IsoTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private IsoTime() {
    }

    static boolean valid(String s) {
        try {
            LocalDateTime.parse(s, FORMAT);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
