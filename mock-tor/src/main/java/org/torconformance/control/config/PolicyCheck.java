package org.torconformance.control.config;

import java.util.List;
import java.util.Set;

/**
 * Address policies ({@code policies_parse_from_options}): each line a comma-separated list of
 * {@code accept|reject|accept6|reject6 pattern} entries, refused with {@code Error in <Option> entry.}
 * In reachability and authority lists the action may be left out.
 */
final class PolicyCheck implements ConfigCheck {
    private static final Set<String> ACTIONS = Set.of("accept", "reject", "accept6", "reject6");
    private static final List<String> ACTION_REQUIRED = List.of("ExitPolicy", "SocksPolicy", "DirPolicy");
    private static final List<String> ACTION_OPTIONAL = List.of("ReachableAddresses", "ReachableORAddresses",
            "ReachableDirAddresses", "AuthDirBadExit", "AuthDirInvalid", "AuthDirReject");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String option : ACTION_REQUIRED) {
            if (!allValid(proposed, option, true)) {
                return ConfigCheck.refuse("Error in " + option + " entry.");
            }
        }
        for (String option : ACTION_OPTIONAL) {
            if (!allValid(proposed, option, false)) {
                return ConfigCheck.refuse("Error in " + option + " entry.");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean allValid(ConfigState s, String option, boolean actionRequired) {
        for (String line : s.values(option)) {
            for (String entry : OptionValues.splitList(line)) {
                if (!validEntry(entry, actionRequired)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean validEntry(String entry, boolean actionRequired) {
        int space = PortLines.indexOfSpace(entry);
        String pattern;
        if (space >= 0 && ACTIONS.contains(entry.substring(0, space))) {
            pattern = OptionValues.stripCSpace(entry.substring(space));
        } else if (!actionRequired) {
            pattern = entry;
        } else {
            return false;
        }
        return PortLines.indexOfSpace(pattern) < 0 && AddressPattern.valid(pattern);
    }
}
