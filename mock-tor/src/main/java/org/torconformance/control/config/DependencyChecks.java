package org.torconformance.control.config;

import java.util.List;

/** Options that tor refuses in combination with others, or outside a small set of words. */
final class DependencyChecks implements ConfigCheck {
    private static final List<String> SAFE_LOGGING = List.of("0", "1", "relay");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        // SETCONF SafeLogging (no value) clears it, and tor reads a cleared SafeLogging as "0"
        String safeLogging = proposed.value("SafeLogging").orElse("0");
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
        ChangeOutcome transProxy = transProxyType(proposed);
        if (transProxy != null) {
            return transProxy;
        }
        if (proposed.value("Socks5ProxyUsername").isPresent() != proposed.value("Socks5ProxyPassword").isPresent()) {
            return ConfigCheck.refuse("Socks5ProxyPassword must be included with Socks5ProxyUsername.");
        }
        if (proposed.value("BridgeDistribution").isPresent() && !on(proposed, "BridgeRelay")) {
            return ConfigCheck.refuse("You set BridgeDistribution, but you didn't set BridgeRelay!");
        }
        if (on(proposed, "BridgeRelay") && proposed.slot(proposed.table().get("ORPortLines")).isEmpty()) {
            return ConfigCheck.refuse("BridgeRelay is 1, ORPort is not set. This is an invalid combination.");
        }
        if (on(proposed, "ControlSocketsGroupWritable") && proposed.values("ControlSocket").isEmpty()) {
            return ConfigCheck.refuse("Setting ControlSocketsGroupWritable without setting a ControlSocket makes no sense.");
        }
        if (on(proposed, "FetchDirInfoExtraEarly") && !on(proposed, "FetchDirInfoEarly")) {
            return ConfigCheck.refuse("FetchDirInfoExtraEarly requires that you also set FetchDirInfoEarly");
        }
        if (on(proposed, "HiddenServiceSingleHopMode") != on(proposed, "HiddenServiceNonAnonymousMode")) {
            String set = on(proposed, "HiddenServiceSingleHopMode") ? "HiddenServiceSingleHopMode" : "HiddenServiceNonAnonymousMode";
            String other = set.equals("HiddenServiceSingleHopMode") ? "HiddenServiceNonAnonymousMode" : "HiddenServiceSingleHopMode";
            return ConfigCheck.refuse(set + " does not provide any server anonymity. It must be used with " + other + " set to 1.");
        }
        if (on(proposed, "VersioningAuthoritativeDirectory") && (proposed.slot(proposed.table().get("RecommendedClientVersions")).isEmpty()
                || proposed.slot(proposed.table().get("RecommendedServerVersions")).isEmpty())) {
            return ConfigCheck.refuse("Versioning authoritative dir servers must set Recommended*Versions.");
        }
        return new ChangeOutcome.Changed(proposed);
    }

    /** On Linux only {@code default} and {@code TPROXY} (any case), and anything but default needs a TransPort. */
    private static ChangeOutcome transProxyType(ConfigState s) {
        String t = s.value("TransProxyType").orElse("default");
        if (OptionNames.equalsIgnoreCase(t, "ipfw")) {
            return ConfigCheck.refuse("ipfw is a FreeBSD-specific and OS X/Darwin-specific feature.");
        }
        if (OptionNames.equalsIgnoreCase(t, "pf-divert")) {
            return ConfigCheck.refuse("pf-divert is a OpenBSD-specific and OS X/Darwin-specific feature.");
        }
        if (!OptionNames.equalsIgnoreCase(t, "default") && !OptionNames.equalsIgnoreCase(t, "TPROXY")) {
            return ConfigCheck.refuse("Unrecognized value for TransProxyType");
        }
        if (!OptionNames.equalsIgnoreCase(t, "default") && s.slot(s.table().get("TransPortLines")).isEmpty()) {
            return ConfigCheck.refuse("Cannot use TransProxyType without any valid TransPort.");
        }
        return null;
    }

    private static boolean on(ConfigState s, String option) {
        return s.value(option).orElse("0").equals("1");
    }
}
