package org.torconformance.socks.wire;

import java.util.List;
import java.util.Optional;

/**
 * The checks tor runs on a complete request before it looks for a circuit
 * ({@code connection_ap_handshake_rewrite} and the early part of
 * {@code connection_ap_handshake_rewrite_and_attach}): lower-casing, .exit refusal, address mapping,
 * virtual addresses, onion address validity, private addresses, port 0, plaintext ports, IP literals that
 * can be answered at once. Everything here is decided without a network.
 *
 * <p>Not modelled: AutomapHostsOnResolve, the client DNS cache, TrackHostExits, relay lookups for
 * {@code .exit} names and the "connecting to a relay's ORPort" refusal; those belong to whoever routes.
 */
final class DestinationScreen {

    /** What tor decided. */
    sealed interface Verdict permits Accept, Reject, AnswerNow {
    }

    /** Go on to circuit selection with this (lower-cased, mapped) destination. */
    record Accept(String destination, SocksRequest.DestinationKind kind) implements Verdict {
    }

    /** Fail the stream with this reason; {@code extendedError} is remembered for ExtendedErrors ports. */
    record Reject(EndReason reason, Optional<Socks5ReplyCode> extendedError) implements Verdict {
        Reject(EndReason reason) {
            this(reason, Optional.empty());
        }
    }

    /** A RESOLVE of an IP literal: tor answers it itself. */
    record AnswerNow(SocksAddress answer) implements Verdict {
    }

    private final SocksPortOptions options;
    private final AddressMapping mapping;

    DestinationScreen(SocksPortOptions options, AddressMapping mapping) {
        this.options = options;
        this.mapping = mapping;
    }

    Verdict check(SocksCommand command, int socksVersion, int port, String requestAddress,
            List<ClientStatusEvent> events) {
        String address = Ascii.lower(requestAddress);
        if (address.endsWith(".exit")) {
            events.add(new ClientStatusEvent.SocksBadHostname(address));
            return new Reject(EndReason.TORPROTOCOL);
        }
        boolean reverse = command.equals(SocksCommand.RESOLVE_PTR);
        if (!reverse) {
            address = mapping.rewrite(address).orElse(address);
        }
        if (reverse && options.clientDnsRejectInternalAddresses()) {
            Optional<SocksAddress> ip = TorAddresses.parse(address);
            if (ip.isPresent() && AddressClasses.isInternal(ip.get())) {
                return new Reject(EndReason.SOCKSPROTOCOL);
            }
        }
        if (AddressClasses.isInVirtualRange(address)) {
            return new Reject(EndReason.INTERNAL);
        }

        ExtendedHostname parsed = ExtendedHostname.parse(address);
        switch (parsed.kind()) {
            case BAD:
                events.add(new ClientStatusEvent.SocksBadHostname(parsed.address()));
                return new Reject(EndReason.TORPROTOCOL, Optional.of(Socks5ReplyCode.ONION_BAD_ADDRESS));
            case ONION:
                return checkOnion(command, address);
            default:
                return checkOrdinary(command, socksVersion, port, address, parsed.kind(), events);
        }
    }

    private Verdict checkOnion(SocksCommand command, String address) {
        if (!options.onionTraffic()) {
            return new Reject(EndReason.ENTRYPOLICY);
        }
        if (!command.equals(SocksCommand.CONNECT)) {
            return new Reject(EndReason.SOCKSPROTOCOL);
        }
        return new Accept(address, SocksRequest.DestinationKind.ONION);
    }

    private Verdict checkOrdinary(SocksCommand command, int socksVersion, int port, String address,
            ExtendedHostname.Kind kind, List<ClientStatusEvent> events) {
        boolean exitChosen = kind == ExtendedHostname.Kind.EXIT;
        if (HostnameRules.isInvalidClientDestination(address)) {
            events.add(new ClientStatusEvent.SocksBadHostname(address));
            return new Reject(EndReason.TORPROTOCOL);
        }
        if (!options.dnsRequest() && !options.ipv4Traffic() && !options.ipv6Traffic()) {
            return new Reject(EndReason.ENTRYPOLICY);
        }
        Optional<SocksAddress> ip = TorAddresses.parse(address);
        if (ip.isEmpty() && !options.dnsRequest()
                || ip.isPresent() && ip.get() instanceof SocksAddress.Ipv4 && !options.ipv4Traffic()
                || ip.isPresent() && ip.get() instanceof SocksAddress.Ipv6 && !options.ipv6Traffic()) {
            return new Reject(EndReason.ENTRYPOLICY);
        }
        SocksRequest.DestinationKind accepted = exitChosen
                ? SocksRequest.DestinationKind.EXIT : SocksRequest.DestinationKind.NORMAL;
        if (command.equals(SocksCommand.RESOLVE)) {
            return ip.<Verdict>map(AnswerNow::new).orElse(new Accept(address, accepted));
        }
        if (!command.equals(SocksCommand.CONNECT)) {
            return new Accept(address, accepted);
        }
        if (port == 0) {
            return new Reject(EndReason.TORPROTOCOL);
        }
        if (options.clientRejectInternalAddresses() && !exitChosen
                && (AddressClasses.isLocalHostname(address) || ip.isPresent() && AddressClasses.isInternal(ip.get()))) {
            return new Reject(EndReason.PRIVATE_ADDR);
        }
        if (ip.isPresent() && ip.get() instanceof SocksAddress.Ipv6 && socksVersion == 4) {
            return new Reject(EndReason.ENTRYPOLICY);
        }
        if (!exitChosen) {
            boolean reject = options.rejectPlaintextPorts().contains(port);
            if (options.warnPlaintextPorts().contains(port)) {
                events.add(new ClientStatusEvent.DangerousPort(port, reject));
            }
            if (reject) {
                return new Reject(EndReason.ENTRYPOLICY);
            }
        }
        return new Accept(address, accepted);
    }
}
