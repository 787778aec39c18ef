package org.torconformance.socks;

import java.util.List;
import java.util.Optional;
import org.torconformance.socks.route.RouteDecision;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.RequestMessage;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.TorAddresses;

/**
 * Decides whether a request shows a DNS leak: the client resolved a name itself and gave the proxy the
 * address, so its resolver learned where it was going.
 *
 * <p>The rule: a CONNECT or RESOLVE whose destination the client sent as an IP address (SOCKS4, SOCKS5 ATYP
 * 01/04, or an address written in the hostname field) is a leak, unless
 * <ul>
 *   <li>tor's address map has that address as the source of a mapping (tor itself does not warn then:
 *       no DANGEROUS_SOCKS), or</li>
 *   <li>the mock itself gave that address out in a RESOLVE answer (the client asked tor, as torsocks
 *       does), or</li>
 *   <li>the rule that routes it names the destination by address (an IP or CIDR pattern): the test
 *       declared that this destination is known by address, so an address is what a client should send.</li>
 * </ul>
 * Everything else in the mock's world is known only by name (the default rules are all names), so any other
 * address must have come from the client's own resolver. RESOLVE_PTR carries an address by design and is
 * never a leak.
 */
final class LeakRule {
    record Verdict(boolean leak, String note) {
    }

    private LeakRule() {
    }

    static Verdict judge(RequestMessage request, AddressMapping mapping, RouteTable routes, ResolvedAddresses resolved) {
        if (request.command().equals(SocksCommand.RESOLVE_PTR)) {
            return new Verdict(false, "RESOLVE_PTR carries an address by design");
        }
        Optional<String> address = addressText(request.address());
        if (address.isEmpty()) {
            return new Verdict(false, "sent a hostname");
        }
        String text = address.get();
        if (mapping.hasMapping(text)) {
            return new Verdict(false, "sent " + text + ", which the address map maps");
        }
        if (resolved.contains(text)) {
            return new Verdict(false, "sent " + text + ", which the mock gave out in a RESOLVE answer");
        }
        RouteDecision decision = routes.decide(text);
        if (decision.addressDeclared()) {
            return new Verdict(false, "sent " + text + ", which rule '" + decision.route() + "' names by address");
        }
        List<String> names = routes.namesFor(text);
        return new Verdict(true, "sent the address " + text + (names.isEmpty() ? "" : " (what " + String.join(", ", names)
                + " resolve" + (names.size() == 1 ? "s" : "") + " to)") + " instead of a hostname");
    }

    /** The address the client sent, in tor's text form, if it sent one (also inside the hostname field). */
    private static Optional<String> addressText(SocksAddress sent) {
        if (sent instanceof SocksAddress.Ipv4 || sent instanceof SocksAddress.Ipv6) {
            return Optional.of(TorAddresses.decorated(sent));
        }
        if (sent instanceof SocksAddress.Hostname name) {
            String latin1 = name.latin1();
            int nul = latin1.indexOf('\0');
            return TorAddresses.parse(nul < 0 ? latin1 : latin1.substring(0, nul)).map(TorAddresses::decorated);
        }
        return Optional.empty();
    }
}
