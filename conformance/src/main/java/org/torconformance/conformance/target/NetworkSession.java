package org.torconformance.conformance.target;

import java.util.List;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.network.WebDestination;

/**
 * One network case's world: the controller under test (not yet connected) and where it connects, the
 * client's SOCKS port, the relays it may name, and the HTTP destination reachable as
 * {@link WebDestination#HOST} through the network.
 */
public record NetworkSession(Controller controller, ControlEndpoint endpoint, Credentials credentials, int socksPort,
                             List<NetworkRelay> relays, WebDestination destination) {
    public NetworkSession {
        relays = List.copyOf(relays);
    }
}
