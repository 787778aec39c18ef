package org.torconformance.control.config;

/** Tor raises MaxCircuitDirtiness below 10 seconds to 10 and lowers it above 30 days to 30 days, without complaint. */
final class CircuitDirtinessClamp implements ConfigCheck {
    static final long MIN = 10;
    static final long MAX = 30L * 24 * 60 * 60;

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        OptionDef def = proposed.table().get("MaxCircuitDirtiness");
        long v = Long.parseLong(proposed.value(def.name()).orElse("0"));
        long clamped = Math.max(MIN, Math.min(MAX, v));
        return new ChangeOutcome.Changed(clamped == v ? proposed : proposed.replace(def, Long.toString(clamped)));
    }
}
