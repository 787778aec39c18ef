package org.torconformance.control.config;

/** Every line of every port group (the plain and {@code __} spellings alike) must parse. */
final class PortLineCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String group : PortLines.GROUPS) {
            OptionDef lines = proposed.table().get(group + "Lines");
            for (ConfigLine l : proposed.slot(lines)) {
                if (!PortLines.valid(l.value())) {
                    return ConfigCheck.refuse("Invalid " + group + " configuration");
                }
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
