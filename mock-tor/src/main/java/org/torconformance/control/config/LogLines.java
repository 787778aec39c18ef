package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code Log} line as tor's {@code options_init_logs} reads it: one or more severity groups
 * ({@code notice}, {@code info-err}, {@code [net,~dir]debug}), then a destination: nothing
 * (stdout), {@code stdout}, {@code stderr}, {@code syslog}, or {@code file PATH}.
 */
final class LogLines {
    private static final Set<String> LEVELS = Set.of("debug", "info", "notice", "warn", "err");
    private static final Set<String> DESTINATIONS = Set.of("stdout", "stderr", "syslog");

    private LogLines() {
    }

    static boolean valid(String line) {
        List<String> words = words(line);
        int i = 0;
        while (i < words.size() && severityGroup(words.get(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        List<String> rest = words.subList(i, words.size());
        if (rest.isEmpty()) {
            return true;
        }
        if (OptionNames.equalsIgnoreCase(rest.get(0), "file")) {
            return rest.size() == 2;
        }
        return rest.size() == 1 && DESTINATIONS.contains(OptionNames.fold(rest.get(0)));
    }

    private static boolean severityGroup(String word) {
        String w = word;
        if (w.startsWith("[")) {
            int close = w.indexOf(']');
            if (close < 0) {
                return false;
            }
            w = w.substring(close + 1);
        }
        int dash = w.indexOf('-');
        if (dash < 0) {
            return LEVELS.contains(OptionNames.fold(w));
        }
        return LEVELS.contains(OptionNames.fold(w.substring(0, dash))) && LEVELS.contains(OptionNames.fold(w.substring(dash + 1)));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[ \t\r\n\u000b\f]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
