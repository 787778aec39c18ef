package org.torconformance.socks;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * The torrc options that are global in tor but change what every SocksPort answers: SafeSocks,
 * ClientRejectInternalAddresses, ClientDNSRejectInternalAddresses, WarnPlaintextPorts,
 * RejectPlaintextPorts and __LeaveStreamsUnattached. Read when a connection opens, so SETCONF applies
 * to the next connection as in tor; an option still at tor's default keeps the port's own value.
 */
final class GlobalSocksOptions {
    private GlobalSocksOptions() {
    }

    /** {@code config} gives an option's value only when it was set away from tor's default. */
    static SocksPortOptions apply(SocksPortOptions port, Function<String, Optional<String>> config) {
        SocksPortOptions o = port;
        Optional<Boolean> safeSocks = bool(config, "SafeSocks");
        if (safeSocks.isPresent()) {
            o = o.withSafeSocks(safeSocks.get());
        }
        Optional<Boolean> rejectInternal = bool(config, "ClientRejectInternalAddresses");
        if (rejectInternal.isPresent()) {
            o = o.withClientRejectInternalAddresses(rejectInternal.get());
        }
        Optional<Boolean> dnsRejectInternal = bool(config, "ClientDNSRejectInternalAddresses");
        if (dnsRejectInternal.isPresent()) {
            o = o.withClientDnsRejectInternalAddresses(dnsRejectInternal.get());
        }
        Optional<Boolean> unattached = bool(config, "__LeaveStreamsUnattached");
        if (unattached.isPresent()) {
            o = o.withLeaveStreamsUnattached(unattached.get());
        }
        Optional<Set<Integer>> warn = ports(config, "WarnPlaintextPorts");
        Optional<Set<Integer>> reject = ports(config, "RejectPlaintextPorts");
        if (warn.isPresent() || reject.isPresent()) {
            o = o.withPlaintextPorts(warn.orElse(o.warnPlaintextPorts()), reject.orElse(o.rejectPlaintextPorts()));
        }
        return o;
    }

    private static Optional<Boolean> bool(Function<String, Optional<String>> config, String option) {
        return config.apply(option).map(String::trim).filter(v -> v.equals("0") || v.equals("1")).map(v -> v.equals("1"));
    }

    /** A comma-separated port list (tor's CSV of ports); empty when unset or not a list of ports. */
    private static Optional<Set<Integer>> ports(Function<String, Optional<String>> config, String option) {
        Optional<String> value = config.apply(option);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> ports = new LinkedHashSet<>();
        for (String part : value.get().split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                ports.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ports);
    }
}
