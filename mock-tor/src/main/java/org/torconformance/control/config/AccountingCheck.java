package org.torconformance.control.config;

import java.util.List;

/** AccountingRule is one of four words; AccountingStart is {@code day HH:MM}, {@code week D HH:MM} or {@code month D HH:MM}. */
final class AccountingCheck implements ConfigCheck {
    private static final List<String> RULES = List.of("sum", "max", "in", "out");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        if (proposed.value("AccountingRule").filter(r -> !RULES.contains(r)).isPresent()) {
            return ConfigCheck.refuse("AccountingRule must be 'sum', 'max', 'in', or 'out'");
        }
        if (proposed.value("AccountingStart").filter(v -> !validStart(v)).isPresent()) {
            return ConfigCheck.refuse("Failed to parse accounting options. See logs for details.");
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean validStart(String v) {
        String[] w = v.strip().split("\\s+");
        return switch (OptionNames.fold(w[0])) {
            case "day" -> w.length == 2 && time(w[1]);
            case "week" -> w.length == 3 && between(w[1], 1, 7) && time(w[2]);
            case "month" -> w.length == 3 && between(w[1], 1, 28) && time(w[2]);
            default -> false;
        };
    }

    private static boolean time(String hhmm) {
        String[] p = hhmm.split(":", -1);
        return p.length == 2 && between(p[0], 0, 23) && between(p[1], 0, 59);
    }

    private static boolean between(String s, int min, int max) {
        return !s.isEmpty() && s.length() <= 2 && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(s) >= min && Integer.parseInt(s) <= max;
    }
}
