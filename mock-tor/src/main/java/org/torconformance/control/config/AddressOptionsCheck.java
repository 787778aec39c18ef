package org.torconformance.control.config;

import java.util.List;

/** Options holding addresses checked late in tor's validation: virtual address networks, upstream proxies. */
final class AddressOptionsCheck implements ConfigCheck {
    private static final List<String> PROXIES = List.of("Socks4Proxy", "Socks5Proxy", "HTTPSProxy");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        ChangeOutcome v4 = virtualNetwork(proposed, "VirtualAddrNetworkIPv4", "VirtualAddressNetwork", false);
        if (v4 != null) {
            return v4;
        }
        ChangeOutcome v6 = virtualNetwork(proposed, "VirtualAddrNetworkIPv6", "VirtualAddressNetworkIPv6", true);
        if (v6 != null) {
            return v6;
        }
        for (String proxy : PROXIES) {
            if (proposed.value(proxy).filter(v -> !proxyAddress(v)).isPresent()) {
                return ConfigCheck.refuse(proxy + " failed to parse or resolve. Please fix.");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static ChangeOutcome virtualNetwork(ConfigState s, String option, String name, boolean ipv6) {
        String v = s.value(option).orElse(null);
        if (v == null) {
            return ConfigCheck.refuse("Value not present (NULL) after " + name);
        }
        int slash = v.indexOf('/');
        String addr = slash < 0 ? v : v.substring(0, slash);
        boolean ok = ipv6 ? addr.startsWith("[") && addr.endsWith("]") && AddressPattern.ipv6(addr.substring(1, addr.length() - 1))
                : AddressPattern.ipv4(addr);
        return ok ? null : ConfigCheck.refuse("Error parsing " + name + " " + v);
    }

    /** An address literal, or localhost, with an optional port: the mock resolves no other names. */
    private static boolean proxyAddress(String v) {
        String host = v;
        int colon = v.lastIndexOf(':');
        if (colon > 0 && (!v.startsWith("[") || colon > v.indexOf(']'))) {
            if (AddressPattern.port(v.substring(colon + 1), 1) < 0) {
                return false;
            }
            host = v.substring(0, colon);
        }
        return AddressPattern.ipv4(host) || host.equalsIgnoreCase("localhost")
                || host.startsWith("[") && host.endsWith("]") && AddressPattern.ipv6(host.substring(1, host.length() - 1));
    }
}
