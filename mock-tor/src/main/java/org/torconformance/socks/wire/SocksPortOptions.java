package org.torconformance.socks.wire;

import java.util.Objects;
import java.util.Set;

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
        return new SocksPortOptions(value, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withIsolateSocksAuth(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, value, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withExtendedErrors(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, value, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withSafeSocks(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, value,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withClientRejectInternalAddresses(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                value, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withClientDnsRejectInternalAddresses(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, value, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    /** The traffic-class flags; {@code OnionTrafficOnly} is {@code withTraffic(false, false, false, true)}. */
    public SocksPortOptions withTraffic(boolean ipv4, boolean ipv6, boolean dns, boolean onion) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4, ipv6,
                dns, onion, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withPlaintextPorts(Set<Integer> warn, Set<Integer> reject) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warn, reject, leaveStreamsUnattached, isolation);
    }

    public SocksPortOptions withLeaveStreamsUnattached(boolean value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, value, isolation);
    }

    public SocksPortOptions withIsolation(PortIsolation value) {
        return new SocksPortOptions(preferSocksNoAuth, isolateSocksAuth, extendedErrors, safeSocks,
                clientRejectInternalAddresses, clientDnsRejectInternalAddresses, ipv4Traffic, ipv6Traffic,
                dnsRequest, onionTraffic, warnPlaintextPorts, rejectPlaintextPorts, leaveStreamsUnattached, value);
    }
}
