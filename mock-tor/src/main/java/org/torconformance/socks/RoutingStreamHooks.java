package org.torconformance.socks;

import java.util.function.Supplier;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.AddressMapping;

/** The hooks used when no control-port model provides its own: every stream is decided by the route table. */
public final class RoutingStreamHooks implements StreamHooks {
    private final RouteTable routes;
    private final Supplier<AddressMapping> mapping;

    public RoutingStreamHooks(RouteTable routes, Supplier<AddressMapping> mapping) {
        this.routes = routes;
        this.mapping = mapping;
    }

    @Override
    public AddressMapping addressMapping() {
        return mapping.get();
    }

    @Override
    public void streamOpened(SocksStream stream) {
        stream.apply(routes.decide(stream.request().destination()));
    }
}
