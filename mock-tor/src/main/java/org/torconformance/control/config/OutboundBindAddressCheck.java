package org.torconformance.control.config;

import java.util.List;

/**
 * Tor's {@code parse_outbound_addresses}: every word of an OutboundBindAddress* line is an address.
 * Tor checks these right after the port lines, before anything else the mock checks.
 */
final class OutboundBindAddressCheck implements ConfigCheck {
    private record Outbound(String option, String kind) {
    }

    private static final List<Outbound> OUTBOUND = List.of(new Outbound("OutboundBindAddress", ""),
            new Outbound("OutboundBindAddressOR", "OR "), new Outbound("OutboundBindAddressExit", "exit "));

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (Outbound o : OUTBOUND) {
            for (String line : proposed.values(o.option())) {
                if (!allAddresses(line)) {
                    return ConfigCheck.refuse("Multiple " + o.kind() + "outbound bind addresses configured: " + line);
                }
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean allAddresses(String line) {
        for (String word : line.strip().split("\\s+")) {
            boolean v6 = word.startsWith("[") && word.endsWith("]") ? AddressPattern.ipv6(word.substring(1, word.length() - 1))
                    : AddressPattern.ipv6(word);
            if (!AddressPattern.ipv4(word) && !v6) {
                return false;
            }
        }
        return true;
    }
}
