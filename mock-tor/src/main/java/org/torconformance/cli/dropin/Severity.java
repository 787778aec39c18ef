package org.torconformance.cli.dropin;

import java.util.Locale;
import java.util.Optional;

/** Tor's log severities, least to most severe, with the words its logs and torrc use. */
public enum Severity {
    DEBUG, INFO, NOTICE, WARN, ERR;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Severity> parse(String word) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(word) || (s == WARN && word.equalsIgnoreCase("warning"))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
