package org.torconformance.bridge;

import org.torconformance.control.ControlModule;
import org.torconformance.control.TorModel;
import org.torconformance.control.addrmap.AddressMapModule;
import org.torconformance.control.circuits.Streams;
import org.torconformance.socks.StreamHooks;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.AddressMapping;

/**
 * Makes the SOCKS port and the control port one tor: SOCKS streams live in the circuits model (STREAM events,
 * {@code stream-status}, ATTACHSTREAM, REDIRECTSTREAM, CLOSESTREAM, NEWNYM isolation, STREAM_BW), the SOCKS
 * sessions follow the address map, and the route table answers for the exits. Install after
 * {@code AddressMapModule} and {@code CircuitsModule}, before the SOCKS ports open.
 */
public final class SocksBridge implements ControlModule {
    @Override
    public void install(TorModel model) {
        Streams streams = Streams.of(model);
        BridgedStreams bridged = new BridgedStreams();
        ModelStreamHooks hooks = new ModelStreamHooks(streams, new MappedAddresses(AddressMapModule.of(model)), bridged,
                model.reactor());
        model.putPart(StreamHooks.class, hooks);
        model.putPart(AddressMapping.class, hooks.addressMapping());
        streams.setExit(new RouteExit(() -> model.part(RouteTable.class, RouteTable::new), bridged, model.reactor(),
                hooks::hasSocksPorts));
    }
}
