package org.torconformance.control.events;

import java.util.List;
import org.torconformance.control.config.TorConfig;

/**
 * Tor's {@code proxy_mode}: whether any client port is configured (listening or not: with
 * DisableNetwork 1 none listens). Without SocksPort lines tor uses its default SocksPort 9050.
 */
final class ClientPorts {
    private static final List<String> OTHER_CLIENT_PORTS = List.of("TransPort", "NATDPort", "DNSPort", "HTTPTunnelPort");

    private ClientPorts() {
    }

    static boolean proxyMode(TorConfig config) {
        List<String> socks = config.values("SocksPort");
        if (socks.isEmpty() || socks.stream().anyMatch(ClientPorts::enabled)) {
            return true;
        }
        return OTHER_CLIENT_PORTS.stream().flatMap(o -> config.values(o).stream()).anyMatch(ClientPorts::enabled);
    }

    private static boolean enabled(String portLine) {
        String first = portLine.strip().split("\\s+")[0];
        return !first.isEmpty() && !first.equals("0");
    }
}
