package org.torconformance.control.config;

import java.util.List;

/**
 * Options tor lets differ from their defaults only on a testing network (TestingTorNetwork 1),
 * refused with {@code <Option> may only be changed in testing Tor networks!}.
 */
final class TestingOnlyCheck implements ConfigCheck {
    static final List<String> TESTING_ONLY = List.of("TestingV3AuthInitialVotingInterval", "TestingV3AuthInitialVoteDelay",
            "TestingV3AuthInitialDistDelay", "TestingV3AuthVotingStartOffset", "TestingAuthDirTimeToLearnReachability",
            "TestingServerDownloadInitialDelay", "TestingClientDownloadInitialDelay", "TestingServerConsensusDownloadInitialDelay",
            "TestingClientConsensusDownloadInitialDelay", "TestingBridgeDownloadInitialDelay",
            "TestingBridgeBootstrapDownloadInitialDelay", "TestingClientMaxIntervalWithoutRequest", "TestingDirConnectionMaxStall",
            "TestingEnableConnBwEvent", "TestingEnableCellStatsEvent", "TestingMinTimeToReportBandwidth",
            "TestingSigningKeySlop", "TestingAuthKeySlop", "TestingLinkKeySlop", "TestingAuthKeyLifetime", "TestingLinkCertLifetime");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        if (proposed.value("TestingTorNetwork").orElse("0").equals("1")) {
            return new ChangeOutcome.Changed(proposed);
        }
        ConfigState defaults = ConfigState.defaults(proposed.table());
        for (String option : TESTING_ONLY) {
            if (!proposed.same(defaults, proposed.table().get(option))) {
                return ConfigCheck.refuse(option + " may only be changed in testing Tor networks!");
            }
        }
        if (!proposed.value("ClientDNSRejectInternalAddresses").orElse("1").equals("1")) {
            return ConfigCheck.refuse("ClientDNSRejectInternalAddresses used for default network.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
