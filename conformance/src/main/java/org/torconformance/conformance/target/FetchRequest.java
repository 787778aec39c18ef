package org.torconformance.conformance.target;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;

/**
 * One fetch through a SocksPort on 127.0.0.1.
 *
 * @param socksPort the SocksPort the client is pointed at
 * @param url what to fetch; its host is a name the client may hand to the proxy or look up itself
 * @param localNames what this machine's resolver would answer for each name: a client that looks names up
 *     itself is given these answers (curl {@code --resolve}, an {@code InetAddress} made from them) so that
 *     no DNS query ever leaves the machine, whatever the client does
 */
public record FetchRequest(int socksPort, URI url, Map<String, InetAddress> localNames) {
    public FetchRequest {
        localNames = Map.copyOf(localNames);
    }

    public String host() {
        return url.getHost();
    }

    /** The URL's port, or 80 for an http URL without one. */
    public int port() {
        return url.getPort() >= 0 ? url.getPort() : 80;
    }

    /** The local resolver's answer for the URL's host; the case must have given one. */
    public InetAddress localAddress() {
        InetAddress a = localNames.get(host());
        if (a == null) {
            throw new IllegalStateException("the case gives no local address for " + host()
                    + "; a client that resolves names itself would have to ask a real DNS server");
        }
        return a;
    }
}
