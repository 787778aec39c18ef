package org.torconformance.socks.wire;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The settings that change what a SocksPort answers: per-port flags ({@code SocksPort ... ExtendedErrors})
 * and the few global options tor consults while handling a SOCKS request. Defaults are tor's defaults.
 *
 * @param preferSocksNoAuth PreferSOCKSNoAuth: choose NO_AUTH when a greeting offers both methods
 * @param isolateSocksAuth IsolateSOCKSAuth (on by default); tor also prefers NO_AUTH when it is off
 * @param extendedErrors ExtendedErrors: send the 0xF0-0xF7 onion-service reply codes
 * @param safeSocks SafeSocks: refuse requests that carry an IP address instead of a hostname
 * @param clientRejectInternalAddresses ClientRejectInternalAddresses: refuse CONNECTs to private addresses
 * @param clientDnsRejectInternalAddresses ClientDNSRejectInternalAddresses: refuse RESOLVE_PTR of private ones
 * @param ipv4Traffic IPv4Traffic (NoIPv4Traffic turns it off)
 * @param ipv6Traffic IPv6Traffic
 * @param dnsRequest DNSRequest (NoDNSRequest turns it off)
 * @param onionTraffic OnionTraffic (NoOnionTraffic turns it off)
 * @param warnPlaintextPorts WarnPlaintextPorts: CONNECTs to these emit DANGEROUS_PORT
 * @param rejectPlaintextPorts RejectPlaintextPorts: CONNECTs to these are refused
 * @param leaveStreamsUnattached __LeaveStreamsUnattached: hand every request to the controller unchecked
 * @param isolation the other isolation flags and SessionGroup, which only pick circuits
 */
public record SocksPortOptions(
        boolean preferSocksNoAuth,
        boolean isolateSocksAuth,
        boolean extendedErrors,
        boolean safeSocks,
        boolean clientRejectInternalAddresses,
        boolean clientDnsRejectInternalAddresses,
        boolean ipv4Traffic,
        boolean ipv6Traffic,
        boolean dnsRequest,
        boolean onionTraffic,
        Set<Integer> warnPlaintextPorts,
        Set<Integer> rejectPlaintextPorts,
        boolean leaveStreamsUnattached,
        PortIsolation isolation) {

    public SocksPortOptions {
        warnPlaintextPorts = Set.copyOf(warnPlaintextPorts);
        rejectPlaintextPorts = Set.copyOf(rejectPlaintextPorts);
        Objects.requireNonNull(isolation, "isolation");
    }

    public static SocksPortOptions defaults() {
        return new SocksPortOptions(false, true, false, false, true, true, true, true, true, true,
                Set.of(23, 109, 110, 143), Set.of(), false, PortIsolation.DEFAULT);
    }

    /** Whether a greeting offering both NO_AUTH and USERNAME/PASSWORD gets NO_AUTH. */
    public boolean choosesNoAuth() {
        return preferSocksNoAuth || !isolateSocksAuth;
    }

    public SocksPortOptions withPreferSocksNoAuth(boolean value) {
        return with(c -> c.preferSocksNoAuth = value);
    }

    public SocksPortOptions withIsolateSocksAuth(boolean value) {
        return with(c -> c.isolateSocksAuth = value);
    }

    public SocksPortOptions withExtendedErrors(boolean value) {
        return with(c -> c.extendedErrors = value);
    }

    public SocksPortOptions withSafeSocks(boolean value) {
        return with(c -> c.safeSocks = value);
    }

    public SocksPortOptions withClientRejectInternalAddresses(boolean value) {
        return with(c -> c.clientRejectInternalAddresses = value);
    }

    public SocksPortOptions withClientDnsRejectInternalAddresses(boolean value) {
        return with(c -> c.clientDnsRejectInternalAddresses = value);
    }

    /** The traffic-class flags; {@code OnionTrafficOnly} is {@code withTraffic(false, false, false, true)}. */
    public SocksPortOptions withTraffic(boolean ipv4, boolean ipv6, boolean dns, boolean onion) {
        return with(c -> {
            c.ipv4Traffic = ipv4;
            c.ipv6Traffic = ipv6;
            c.dnsRequest = dns;
            c.onionTraffic = onion;
        });
    }

    public SocksPortOptions withPlaintextPorts(Set<Integer> warn, Set<Integer> reject) {
        return with(c -> {
            c.warnPlaintextPorts = warn;
            c.rejectPlaintextPorts = reject;
        });
    }

    public SocksPortOptions withLeaveStreamsUnattached(boolean value) {
        return with(c -> c.leaveStreamsUnattached = value);
    }

    public SocksPortOptions withIsolation(PortIsolation value) {
        return with(c -> c.isolation = value);
    }

    private SocksPortOptions with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** The components as a mutable copy, so each {@code with} method names only what it changes. */
    private static final class Copy {
        boolean preferSocksNoAuth;
        boolean isolateSocksAuth;
        boolean extendedErrors;
        boolean safeSocks;
        boolean clientRejectInternalAddresses;
        boolean clientDnsRejectInternalAddresses;
        boolean ipv4Traffic;
        boolean ipv6Traffic;
        boolean dnsRequest;
        boolean onionTraffic;
        Set<Integer> warnPlaintextPorts;
        Set<Integer> rejectPlaintextPorts;
        boolean leaveStreamsUnattached;
        PortIsolation isolation;

        Copy(SocksPortOptions o) {
            preferSocksNoAuth = o.preferSocksNoAuth;
            isolateSocksAuth = o.isolateSocksAuth;
            extendedErrors = o.extendedErrors;
            safeSocks = o.safeSocks;
            clientRejectInternalAddresses = o.clientRejectInternalAddresses;
            clientDnsRejectInternalAddresses = o.clientDnsRejectInternalAddresses;
            ipv4Traffic = o.ipv4Traffic;
            ipv6Traffic = o.ipv6Traffic;
            dnsRequest = o.dnsRequest;
            onionTraffic = o.onionTraffic;
            warnPlaintextPorts = o.warnPlaintextPorts;
            rejectPlaintextPorts = o.rejectPlaintextPorts;
            leaveStreamsUnattached = o.leaveStreamsUnattached;
            isolation = o.isolation;
        }

        SocksPortOptions build() {
            return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                    clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                    dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
        }
    }
}
