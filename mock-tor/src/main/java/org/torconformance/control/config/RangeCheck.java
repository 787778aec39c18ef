package org.torconformance.control.config;

import java.util.List;

/** Numeric options tor refuses outside a range, each with its own text ({@code %d}: the value). */
final class RangeCheck implements ConfigCheck {
    private record Rule(String option, long min, long max, String message) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("ConnLimit", 1, Long.MAX_VALUE, "ConnLimit must be greater than 0, but was set to %d"),
            new Rule("MaxClientCircuitsPending", 1, 1024, "MaxClientCircuitsPending must be between 1 and 1024, but was set to %d"),
            new Rule("KeepalivePeriod", 1, Long.MAX_VALUE, "KeepalivePeriod option must be positive."),
            new Rule("DormantClientTimeout", 600, Long.MAX_VALUE, "DormantClientTimeout is too low. It must be at least 10 minutes."),
            new Rule("ClientBootstrapConsensusMaxInProgressTries", 1, Long.MAX_VALUE,
                    "ClientBootstrapConsensusMaxInProgressTries must be greater than 0."),
            new Rule("TokenBucketRefillInterval", 1, 1000, "TokenBucketRefillInterval must be between 1 and 1000 inclusive."),
            new Rule("LogTimeGranularity", 1, Long.MAX_VALUE, "Failed to validate Log options. See logs for details."));

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (Rule r : RULES) {
            long v = SilentAdjustments.number(proposed, r.option());
            if (v < r.min() || v > r.max()) {
                return ConfigCheck.refuse(r.message().replace("%d", Long.toString(v)));
            }
        }
        long rate = SilentAdjustments.number(proposed, "BandwidthRate");
        if (SilentAdjustments.number(proposed, "BandwidthBurst") < rate) {
            return ConfigCheck.refuse("BandwidthBurst must be at least equal to BandwidthRate.");
        }
        if (SilentAdjustments.number(proposed, "RelayBandwidthBurst") < SilentAdjustments.number(proposed, "RelayBandwidthRate")) {
            return ConfigCheck.refuse("RelayBandwidthBurst must be at least equal to RelayBandwidthRate.");
        }
        if (SilentAdjustments.number(proposed, "SigningKeyLifetime") < 2 * SilentAdjustments.number(proposed, "TestingSigningKeySlop")) {
            return ConfigCheck.refuse("SigningKeyLifetime is too short.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
