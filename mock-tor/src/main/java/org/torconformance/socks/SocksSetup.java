package org.torconformance.socks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.socks.route.Route;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * What a mock's SOCKS side is asked for before it starts: ports and their flags, routes, SocksTimeout and
 * the EOF policy. Collected by {@code MockTor.Builder} and the CLI; {@link MockSocks#start} opens it.
 */
public final class SocksSetup {
    /**
     * The options of a mock SocksPort unless told otherwise: tor's defaults, except that
     * ClientRejectInternalAddresses and ClientDNSRejectInternalAddresses are off, as TestingTorNetwork sets
     * them. Every destination of the mock is on 127.0.0.1; a stock tor would refuse a CONNECT to
     * {@code localhost} (PRIVATE_ADDR) before any routing, so the default routes could never be reached.
     * Pass {@link SocksPortOptions#defaults()} to get a stock tor's answers.
     */
    public static final SocksPortOptions MOCK_DEFAULTS = SocksPortOptions.defaults()
            .withClientRejectInternalAddresses(false)
            .withClientDnsRejectInternalAddresses(false);

    /** One SocksPort: a port number (0 picks a free one) and its options, or the setup's default options. */
    public record PortSpec(int port, Optional<SocksPortOptions> options) {
    }

    private final List<PortSpec> ports = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private SocksPortOptions options = MOCK_DEFAULTS;
    private Duration timeout = SocksTimeoutOption.TOR_DEFAULT;
    private EofPolicy eofPolicy = EofPolicy.END_STREAM;

    public SocksSetup port(int port) {
        ports.add(new PortSpec(checkPort(port), Optional.empty()));
        return this;
    }

    public SocksSetup port(int port, SocksPortOptions portOptions) {
        ports.add(new PortSpec(checkPort(port), Optional.of(portOptions)));
        return this;
    }

    /** The options of every port added without its own. */
    public SocksSetup options(SocksPortOptions defaults) {
        this.options = defaults;
        return this;
    }

    public SocksSetup route(Route route) {
        routes.add(route);
        return this;
    }

    /** SocksTimeout unless the torrc option {@code SocksTimeout} says otherwise. */
    public SocksSetup timeout(Duration socksTimeout) {
        if (socksTimeout.isNegative() || socksTimeout.isZero()) {
            throw new IllegalArgumentException("SocksTimeout must be positive: " + socksTimeout);
        }
        this.timeout = socksTimeout;
        return this;
    }

    public SocksSetup eofPolicy(EofPolicy policy) {
        this.eofPolicy = policy;
        return this;
    }

    public List<PortSpec> ports() {
        return List.copyOf(ports);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public SocksPortOptions options() {
        return options;
    }

    public Duration timeout() {
        return timeout;
    }

    public EofPolicy eofPolicy() {
        return eofPolicy;
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        return port;
    }
}
