package org.torconformance.control.config;

import java.util.List;

/** Options that tor refuses in combination with others, or outside a small set of words. */
final class DependencyChecks implements ConfigCheck {
    private static final List<String> SAFE_LOGGING = List.of("0", "1", "relay");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        String safeLogging = proposed.value("SafeLogging").orElse("");
        if (SAFE_LOGGING.stream().noneMatch(s -> OptionNames.equalsIgnoreCase(s, safeLogging))) {
            return ConfigCheck.refuse("Unrecognized value '" + org.torconformance.wire.EscForLog.escape(safeLogging).latin1()
                    + "' in SafeLogging");
        }
        if (proposed.value("UseBridges").orElse("0").equals("1") && proposed.values("Bridge").isEmpty()) {
            return ConfigCheck.refuse("If you set UseBridges, you must specify at least one bridge.");
        }
        if (proposed.value("AccelDir").isPresent() && proposed.value("AccelName").isEmpty()) {
            return ConfigCheck.refuse("Can't use hardware crypto accelerator dir without engine name.");
        }
        if (proposed.value("TestingTorNetwork").orElse("0").equals("1") && proposed.values("DirAuthority").isEmpty()
                && (proposed.values("AlternateDirAuthority").isEmpty() || proposed.values("AlternateBridgeAuthority").isEmpty())) {
            return ConfigCheck.refuse("TestingTorNetwork may only be configured in combination with a non-default set of "
                    + "DirAuthority or both of AlternateDirAuthority and AlternateBridgeAuthority configured.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
