package org.torconformance.socks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.torconformance.socks.wire.PortIsolation;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * The per-port flags of a torrc {@code SocksPort} line that change what the port answers, read left to right
 * (the last of two conflicting flags wins, as in tor). Flags the mock does not model (KeepAliveIsolateSOCKSAuth,
 * the Unix-socket and listener flags) are refused rather than silently ignored.
 */
public final class SocksPortFlags {
    private SocksPortFlags() {
    }

    public static SocksPortOptions apply(SocksPortOptions base, List<String> flags) {
        SocksPortOptions o = base;
        for (String flag : flags) {
            String lower = flag.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sessiongroup=")) {
                o = o.withIsolation(o.isolation().withSessionGroup(sessionGroup(flag)));
                continue;
            }
            PortIsolation i = o.isolation();
            o = switch (lower) {
                case "isolatedestaddr" -> o.withIsolation(i.withDestAddr(true));
                case "noisolatedestaddr" -> o.withIsolation(i.withDestAddr(false));
                case "isolatedestport" -> o.withIsolation(i.withDestPort(true));
                case "noisolatedestport" -> o.withIsolation(i.withDestPort(false));
                case "isolateclientprotocol" -> o.withIsolation(i.withClientProtocol(true));
                case "noisolateclientprotocol" -> o.withIsolation(i.withClientProtocol(false));
                case "isolateclientaddr" -> o.withIsolation(i.withClientAddr(true));
                case "noisolateclientaddr" -> o.withIsolation(i.withClientAddr(false));
                case "extendederrors" -> o.withExtendedErrors(true);
                case "prefersocksnoauth" -> o.withPreferSocksNoAuth(true);
                case "isolatesocksauth" -> o.withIsolateSocksAuth(true);
                case "noisolatesocksauth" -> o.withIsolateSocksAuth(false);
                case "ipv4traffic" -> o.withTraffic(true, o.ipv6Traffic(), o.dnsRequest(), o.onionTraffic());
                case "noipv4traffic" -> o.withTraffic(false, o.ipv6Traffic(), o.dnsRequest(), o.onionTraffic());
                case "ipv6traffic" -> o.withTraffic(o.ipv4Traffic(), true, o.dnsRequest(), o.onionTraffic());
                case "noipv6traffic" -> o.withTraffic(o.ipv4Traffic(), false, o.dnsRequest(), o.onionTraffic());
                case "dnsrequest" -> o.withTraffic(o.ipv4Traffic(), o.ipv6Traffic(), true, o.onionTraffic());
                case "nodnsrequest" -> o.withTraffic(o.ipv4Traffic(), o.ipv6Traffic(), false, o.onionTraffic());
                case "oniontraffic" -> o.withTraffic(o.ipv4Traffic(), o.ipv6Traffic(), o.dnsRequest(), true);
                case "nooniontraffic" -> o.withTraffic(o.ipv4Traffic(), o.ipv6Traffic(), o.dnsRequest(), false);
                case "oniontrafficonly" -> o.withTraffic(false, false, false, true);
                default -> throw new IllegalArgumentException("unsupported SocksPort flag '" + flag + "' (ExtendedErrors, "
                        + "PreferSOCKSNoAuth, [No]IsolateSOCKSAuth, [No]IsolateDestAddr, [No]IsolateDestPort, "
                        + "[No]IsolateClientProtocol, [No]IsolateClientAddr, SessionGroup=N, [No]IPv4Traffic, "
                        + "[No]IPv6Traffic, [No]DNSRequest, [No]OnionTraffic, OnionTrafficOnly)");
            };
        }
        return o;
    }

    /** Tor takes a non-negative decimal group and refuses the port otherwise. */
    private static int sessionGroup(String flag) {
        String value = flag.substring(flag.indexOf('=') + 1);
        try {
            int group = Integer.parseInt(value);
            if (group >= 0) {
                return group;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid SocksPort flag '" + flag + "': SessionGroup takes a number 0 or more");
    }

    /** The flags that make {@code options} differ from tor's defaults, as a SocksPort line would list them. */
    public static List<String> describe(SocksPortOptions options) {
        SocksPortOptions d = SocksPortOptions.defaults();
        List<String> flags = new ArrayList<>();
        if (options.extendedErrors()) {
            flags.add("ExtendedErrors");
        }
        if (options.preferSocksNoAuth()) {
            flags.add("PreferSOCKSNoAuth");
        }
        if (!options.isolateSocksAuth()) {
            flags.add("NoIsolateSOCKSAuth");
        }
        PortIsolation i = options.isolation();
        if (i.destAddr()) {
            flags.add("IsolateDestAddr");
        }
        if (i.destPort()) {
            flags.add("IsolateDestPort");
        }
        if (i.clientProtocol()) {
            flags.add("IsolateClientProtocol");
        }
        if (!i.clientAddr()) {
            flags.add("NoIsolateClientAddr");
        }
        i.sessionGroup().ifPresent(g -> flags.add("SessionGroup=" + g));
        if (options.ipv4Traffic() != d.ipv4Traffic()) {
            flags.add("NoIPv4Traffic");
        }
        if (options.ipv6Traffic() != d.ipv6Traffic()) {
            flags.add("NoIPv6Traffic");
        }
        if (options.dnsRequest() != d.dnsRequest()) {
            flags.add("NoDNSRequest");
        }
        if (options.onionTraffic() != d.onionTraffic()) {
            flags.add("NoOnionTraffic");
        }
        return flags;
    }
}
