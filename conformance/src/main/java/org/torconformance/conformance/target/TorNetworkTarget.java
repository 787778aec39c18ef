package org.torconformance.conformance.target;

import java.util.Set;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.livetor.LiveTor;
import org.torconformance.livetor.TorNetwork;

/**
 * A controller library on the client of the run's private tor network ({@link SharedTorNetwork}). The
 * library comes from a client target (the reference client, jtorctl, a driver), which makes a fresh
 * instance per case; the network is started on the first case of any tor-network target.
 */
public final class TorNetworkTarget implements NetworkTarget {
    private final String name;
    private final ClientTarget library;
    private final SharedTorNetwork shared;
    private Timeouts lastTimeouts = Timeouts.DEFAULT;

    TorNetworkTarget(String name, ClientTarget library, SharedTorNetwork shared) {
        this.name = name;
        this.library = library;
        this.shared = shared;
        shared.join();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return library.description() + " on a private tor " + LiveTor.version()
                + " network (3 authorities, one the exit, and a client, on 127.0.0.1)";
    }

    @Override
    public NetworkSession session(Timeouts timeouts) {
        lastTimeouts = timeouts;
        TorNetwork net = shared.network(timeouts);
        return new NetworkSession(library.newController(timeouts), SharedTorNetwork.endpoint(net), SharedTorNetwork.credentials(net),
                net.clientSocksPort(), SharedTorNetwork.relays(net), shared.destination(timeouts));
    }

    @Override
    public void caseFinished(Set<String> circuitsCreated) {
        shared.resetAfterCase(circuitsCreated, lastTimeouts);
    }

    @Override
    public void close() {
        try {
            library.close();
        } finally {
            shared.leave();
        }
    }
}
