package org.torconformance.socks;

import java.util.Optional;
import org.torconformance.socks.route.Refusal;
import org.torconformance.socks.route.RouteAction;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksRequest;

/**
 * What a route action means for each kind of request. {@code connect} rules resolve to 127.0.0.1 or to
 * their {@code as} address; {@code resolve} rules only describe DNS, so a CONNECT they match is unreachable;
 * a RESOLVE_PTR gets the name a rule gives, or the exact name whose rule resolves to the address.
 */
final class RouteActions {
    private RouteActions() {
    }

    static void apply(SocksStream stream, RouteAction action, Optional<String> reverseName) {
        SocksRequest.Kind kind = stream.request().kind();
        if (action instanceof RouteAction.Delay d) {
            stream.later(d.delay(), () -> apply(stream, d.then(), reverseName));
        } else if (action instanceof RouteAction.Fault f) {
            stream.fault(f);
        } else if (action instanceof RouteAction.Refuse r) {
            stream.refuse(r.refusal());
        } else if (kind == SocksRequest.Kind.RESOLVE_PTR) {
            Optional<SocksAddress> name = action instanceof RouteAction.Resolve r
                    && r.answer() instanceof SocksAddress.Hostname ? Optional.of(r.answer())
                    : reverseName.map(SocksAddress::hostname);
            name.ifPresentOrElse(stream::resolved, () -> stream.resolveFailed(false));
        } else if (action instanceof RouteAction.Connect c) {
            if (kind == SocksRequest.Kind.CONNECT) {
                stream.connect(c.port().orElse(stream.request().port()));
            } else {
                stream.resolved(c.resolvesTo().orElseThrow());
            }
        } else if (action instanceof RouteAction.Resolve r) {
            if (kind == SocksRequest.Kind.CONNECT) {
                stream.refuse(new Refusal.Unreachable());
            } else {
                r.resolvesTo().ifPresentOrElse(stream::resolved, () -> stream.resolveFailed(false));
            }
        }
    }
}
