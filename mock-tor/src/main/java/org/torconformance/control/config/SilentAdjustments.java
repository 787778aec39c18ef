package org.torconformance.control.config;

import java.util.List;

/**
 * Values tor's validation rewrites instead of refusing, and keeps: tor stores the adjusted value, so
 * GETCONF shows it and later changes start from it (RelayBandwidthRate set once leaves its burst
 * set for good). Only a client's adjustments are modelled.
 */
final class SilentAdjustments implements ConfigCheck {
    private static final List<String> RELAY_STATISTICS = List.of("CellStatistics", "ConnDirectionStatistics",
            "EntryStatistics", "ExitPortStatistics");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        ConfigState s = proposed;
        s = clamp(s, "MaxCircuitDirtiness", 10, 30L * 24 * 60 * 60);
        s = raiseNonZero(s, "CircuitStreamTimeout", 10);
        s = raiseNonZero(s, "HeartbeatPeriod", 30 * 60);
        s = pathsNeeded(s);
        s = pairRelayBandwidth(s);
        s = fascistFirewall(s);
        s = recommendedVersions(s, "RecommendedClientVersions");
        s = recommendedVersions(s, "RecommendedServerVersions");
        if (s.slot(s.table().get("ORPortLines")).isEmpty()) {
            for (String stat : RELAY_STATISTICS) {
                s = set(s, stat, "0");
            }
        }
        return new ChangeOutcome.Changed(s);
    }

    private static ConfigState clamp(ConfigState s, String option, long min, long max) {
        long v = number(s, option);
        return set(s, option, Long.toString(Math.max(min, Math.min(max, v))));
    }

    /** Zero means "use the default"; anything else below the minimum is raised to it. */
    private static ConfigState raiseNonZero(ConfigState s, String option, long min) {
        long v = number(s, option);
        return v > 0 && v < min ? set(s, option, Long.toString(min)) : s;
    }

    /** A negative value means "ask the consensus"; others are kept between 0.25 and 0.95. */
    private static ConfigState pathsNeeded(ConfigState s) {
        double v = Double.parseDouble(s.value("PathsNeededToBuildCircuits").orElse("-1"));
        if (v < 0) {
            return s;
        }
        double kept = Math.max(0.25, Math.min(0.95, v));
        return kept == v ? s : set(s, "PathsNeededToBuildCircuits", OptionValues.formatDouble(kept));
    }

    /** A relay bandwidth rate without a burst gets the rate as its burst, and the other way round. */
    private static ConfigState pairRelayBandwidth(ConfigState s) {
        long rate = number(s, "RelayBandwidthRate");
        long burst = number(s, "RelayBandwidthBurst");
        if (rate > 0 && burst == 0) {
            return set(s, "RelayBandwidthBurst", Long.toString(rate));
        }
        if (burst > 0 && rate == 0) {
            return set(s, "RelayBandwidthRate", Long.toString(burst));
        }
        return s;
    }

    /**
     * FascistFirewall without ReachableAddresses becomes reachability lines: from FirewallPorts
     * when there are any, else {@code *:80} for directories and {@code *:443} for relays.
     */
    private static ConfigState fascistFirewall(ConfigState s) {
        if (!s.value("FascistFirewall").orElse("0").equals("1") || !s.values("ReachableAddresses").isEmpty()) {
            return s;
        }
        List<String> ports = OptionValues.splitList(s.value("FirewallPorts").orElse(""));
        if (!ports.isEmpty()) {
            String reachable = String.join(",", ports.stream().map(p -> "*:" + CNumbers.strtol(p).value()).toList());
            return s.replaceOwnLines(s.table().get("ReachableAddresses"), List.of(reachable));
        }
        if (s.values("ReachableDirAddresses").isEmpty()) {
            s = s.replaceOwnLines(s.table().get("ReachableDirAddresses"), List.of("*:80"));
        }
        if (s.values("ReachableORAddresses").isEmpty()) {
            s = s.replaceOwnLines(s.table().get("ReachableORAddresses"), List.of("*:443"));
        }
        return s;
    }

    /**
     * An empty RecommendedClientVersions or RecommendedServerVersions takes a copy of the
     * RecommendedVersions lines, still named RecommendedVersions (so GETCONF of it answers with
     * that name, and CONF_CHANGED lists the lines three times), and keeps them after
     * RecommendedVersions is cleared.
     */
    private static ConfigState recommendedVersions(ConfigState s, String option) {
        OptionDef def = s.table().get(option);
        List<ConfigLine> versions = s.slot(s.table().get("RecommendedVersions"));
        return s.slot(def).isEmpty() && !versions.isEmpty() ? s.withLines(def, versions) : s;
    }

    static long number(ConfigState s, String option) {
        return Long.parseLong(s.value(option).orElse("0"));
    }

    private static ConfigState set(ConfigState s, String option, String value) {
        return s.value(option).map(value::equals).orElse(false) ? s : s.replace(s.table().get(option), value);
    }
}
