package org.torconformance.control.config;

/** Every Log line must name severities and a destination tor knows. */
final class LogLineCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String v : proposed.values("Log")) {
            if (!LogLines.valid(v)) {
                return ConfigCheck.refuse("Failed to validate Log options. See logs for details.");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
