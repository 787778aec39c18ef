package org.torconformance.control.config;

import java.util.List;

/**
 * What tor checks before it takes a new configuration: value checks first (refusals are PARSE
 * errors), then the transitions a running tor refuses. Tor checks far more than this; the checks
 * here cover the options controllers set most.
 */
final class ConfigValidation {
    /** In tor's order, which decides the reason given when several options are wrong (checked against tor 0.4.9.11). */
    private static final List<ConfigCheck> CHECKS = List.of(new PortLineCheck(), new OutboundBindAddressCheck(),
            new RelayInfoCheck(), new LogLineCheck(), new PolicyCheck(), new AddressOptionsCheck(), new AccountingCheck(),
            new TransportLinesCheck(), new DirectoryLinesCheck(), new HashedPasswordCheck(), new OwningControllerCheck(),
            new SilentAdjustments(), new RangeCheck(), new ListValueCheck(), new TestingOnlyCheck(), new DependencyChecks(),
            new HiddenServiceCheck());
    private static final ConfigCheck TRANSITIONS = new TransitionCheck();
    /** What fails only when tor acts on the new options (553 Unable to set option). */
    private static final ConfigCheck ACTING = new ConnLimitCheck();

    private ConfigValidation() {
    }

    /** Checks a configuration replacing {@code old}. */
    static ChangeOutcome validate(ConfigState old, ConfigState proposed) {
        ChangeOutcome o = validate(proposed);
        if (o instanceof ChangeOutcome.Changed c) {
            o = TRANSITIONS.check(old, c.state());
        }
        return o instanceof ChangeOutcome.Changed c ? ACTING.check(old, c.state()) : o;
    }

    /** Checks a configuration tor would start with (no transition to check). */
    static ChangeOutcome validate(ConfigState proposed) {
        ConfigState current = proposed;
        for (ConfigCheck c : CHECKS) {
            ChangeOutcome o = c.check(null, current);
            if (o instanceof ChangeOutcome.Refused) {
                return o;
            }
            current = ((ChangeOutcome.Changed) o).state();
        }
        return new ChangeOutcome.Changed(current);
    }
}
