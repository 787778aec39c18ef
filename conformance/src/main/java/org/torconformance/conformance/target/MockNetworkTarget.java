package org.torconformance.conformance.target;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.cli.Version;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.network.WebDestination;
import org.torconformance.conformance.reference.ReferenceController;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.control.circuits.network.SimulatedNetwork;

/**
 * The mock as the network leg's other side: the reference client against a fresh mock per case with
 * cookie authentication, the network enabled (a bootstrapped client on its simulated consensus), a
 * SOCKS port, and {@code *.test} routed to 127.0.0.1, so the same cases run on it as on the private
 * tor network and their event sequences compare.
 */
public final class MockNetworkTarget implements NetworkTarget {
    private WebDestination destination;
    private MockTor current;

    @Override
    public String name() {
        return "mock-network";
    }

    @Override
    public String description() {
        return "the reference client on mock-tor " + Version.project() + " (models tor " + Version.TOR_VERSION
                + ") with a SOCKS port and its simulated network";
    }

    @Override
    public NetworkSession session(Timeouts timeouts) {
        caseFinished(Set.of());
        if (destination == null) {
            destination = WebDestination.start();
        }
        MockTor mock = MockTor.builder().auth(Auth.cookie()).option("DisableNetwork", "0").socksPort(0)
                .socksRoute("*.test -> connect 127.0.0.1").start();
        current = mock;
        List<NetworkRelay> relays = mock.reactor().call(() -> mock.model().part(SimulatedNetwork.class).consensus().stream()
                .map(r -> new NetworkRelay(r.nickname(), r.identity().hex(), r.exit())).toList());
        return new NetworkSession(new ReferenceController(timeouts.step()), ControlEndpoint.tcp(mock.controlPort()),
                new Credentials(Optional.empty(), Optional.of(mock.cookieFile())), mock.socksPort(), relays, destination);
    }

    @Override
    public void caseFinished(Set<String> circuitsCreated) {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        caseFinished(Set.of());
        if (destination != null) {
            destination.close();
            destination = null;
        }
    }
}
