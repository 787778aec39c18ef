package org.torconformance.control.config;

/**
 * Acting on a new ConnLimit fails below tor's descriptor headroom of 32: tor then answers
 * {@code 553 Unable to set option}, after validation has passed.
 */
final class ConnLimitCheck implements ConfigCheck {
    private static final long HEADROOM = 32;

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        if (SilentAdjustments.number(proposed, "ConnLimit") < HEADROOM) {
            return new ChangeOutcome.Refused(SetOptError.SETTING, "Problem with ConnLimit value. See logs for details.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
