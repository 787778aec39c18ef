package org.torconformance.control.events;

import java.util.List;
import java.util.Locale;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * The severity of tor's DUMP lines: INFO, unless no log wants anything that verbose, then the
 * most verbose severity any log wants. Tor counts controllers' log-event subscriptions as logs,
 * so what a DUMP looks like depends on who listens (NOTICE with the default {@code Log notice}).
 */
final class DumpSeverity {
    /** From least to most verbose, as tor orders log levels. */
    private static final List<String> LEVELS = List.of("ERR", "WARN", "NOTICE", "INFO", "DEBUG");
    private static final int INFO = LEVELS.indexOf("INFO");

    private DumpSeverity() {
    }

    static String of(TorModel model) {
        int most = -1;
        List<String> logs = model.config().values("Log");
        for (String line : logs.isEmpty() ? List.of("notice") : logs) {
            most = Math.max(most, level(line.strip().split("[\\s-]")[0]));
        }
        for (ControlSession s : model.sessions()) {
            if (s.isAuthenticated()) {
                for (String event : s.subscriptions()) {
                    most = Math.max(most, LEVELS.indexOf(event));
                }
            }
        }
        return LEVELS.get(most < 0 ? INFO : Math.min(most, INFO));
    }

    private static int level(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        return LEVELS.indexOf(w.equals("ERROR") ? "ERR" : w);
    }
}
