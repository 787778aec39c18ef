package org.torconformance.control.info;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/** {@code current-time/local} and {@code current-time/utc}, ISOTime2 to the second. */
final class TimeKeys {
    private static final DateTimeFormatter ISO_TIME2 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TimeKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry.Provider time = (key, session) -> {
            ZoneId zone = switch (key) {
                case "current-time/local" -> ZoneId.systemDefault();
                case "current-time/utc" -> ZoneOffset.UTC;
                default -> null;
            };
            if (zone == null) {
                return new InfoRegistry.Unknown();
            }
            return InfoRegistry.Value.of(ISO_TIME2.format(model.settings().clock().instant().atZone(zone)));
        };
        model.info().prefix("current-time/", "Current time.", time);
        model.info().key("current-time/local", "Current time on the local system.", time);
        model.info().key("current-time/utc", "Current UTC time.", time);
    }
}
