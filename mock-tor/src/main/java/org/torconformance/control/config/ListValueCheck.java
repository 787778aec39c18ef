package org.torconformance.control.config;

import java.util.List;
import java.util.Set;
import org.torconformance.wire.EscForLog;

/** Comma lists whose items tor checks: ports, scheduler names, descriptor publication targets. */
final class ListValueCheck implements ConfigCheck {
    private static final List<String> PORT_LISTS = List.of("FirewallPorts", "LongLivedPorts", "RejectPlaintextPorts",
            "WarnPlaintextPorts");
    private static final List<String> SCHEDULERS = List.of("KIST", "KISTLite", "Vanilla");
    private static final Set<String> PUBLISH = Set.of("0", "1", "v1", "v2", "v3", "bridge", "hidserv");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String option : PORT_LISTS) {
            for (String item : OptionValues.splitList(proposed.value(option).orElse(""))) {
                int port = atoi(item);
                if (port < 1 || port > 65535) {
                    return ConfigCheck.refuse("Port '" + item + "' out of range in " + option);
                }
            }
        }
        List<String> schedulers = OptionValues.splitList(proposed.value("Schedulers").orElse(""));
        if (schedulers.isEmpty()) {
            return ConfigCheck.refuse("Empty Schedulers list. Either remove the option so the defaults can be used or set at least one value.");
        }
        for (String s : schedulers) {
            if (SCHEDULERS.stream().noneMatch(k -> OptionNames.equalsIgnoreCase(k, s))) {
                return ConfigCheck.refuse("Unknown type " + EscForLog.escape(s).latin1() + " in option Schedulers. Possible values are "
                        + "KIST, KISTLite and Vanilla.");
            }
        }
        for (String p : OptionValues.splitList(proposed.value("PublishServerDescriptor").orElse(""))) {
            if (!PUBLISH.contains(OptionNames.fold(p))) {
                return ConfigCheck.refuse("Unrecognized value in PublishServerDescriptor");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    /** C's {@code atoi}: leading digits after optional space and sign; 0 when there are none. */
    private static int atoi(String s) {
        CNumbers.Scanned n = CNumbers.strtol(s);
        return n.converted() && !n.outOfRange() && n.value() == (int) n.value() ? (int) n.value() : 0;
    }
}
