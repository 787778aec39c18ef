package org.torconformance.control.config;

import java.util.Set;

/**
 * Every ExitPolicy line is a comma-separated list of {@code accept|reject|accept6|reject6 pattern}
 * entries ({@code policies_parse_from_options}).
 */
final class ExitPolicyCheck implements ConfigCheck {
    private static final Set<String> ACTIONS = Set.of("accept", "reject", "accept6", "reject6");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String line : proposed.values("ExitPolicy")) {
            for (String entry : OptionValues.splitList(line)) {
                if (!validEntry(entry)) {
                    return ConfigCheck.refuse("Error in ExitPolicy entry.");
                }
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    static boolean validEntry(String entry) {
        int space = PortLines.indexOfSpace(entry);
        if (space < 0 || !ACTIONS.contains(entry.substring(0, space))) {
            return false;
        }
        String pattern = OptionValues.stripCSpace(entry.substring(space));
        return PortLines.indexOfSpace(pattern) < 0 && AddressPattern.valid(pattern);
    }
}
