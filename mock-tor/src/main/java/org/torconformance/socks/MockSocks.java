package org.torconformance.socks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.control.TorModel;
import org.torconformance.control.config.Configuration;
import org.torconformance.control.events.ListenerAddresses;
import org.torconformance.socks.journal.SocksJournal;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.AddressMapping;

/**
 * The SOCKS side of a mock tor, wired into its {@link TorModel}: the ports, the route table, the journal.
 * Model parts it uses or provides: {@code StreamHooks} (a module's own, else {@link RoutingStreamHooks}),
 * {@code AddressMapping} (MAPADDRESS; none until a module or test puts one) and {@code RouteTable}; it
 * registers its listeners with {@link ListenerAddresses} (for {@code GETINFO net/listeners/socks}).
 * STATUS_CLIENT events go to the model's event bus.
 */
public final class MockSocks implements AutoCloseable {
    private final RouteTable routes;
    private final SocksJournal journal;
    private final List<SocksServer> servers = new ArrayList<>();

    private MockSocks(RouteTable routes, SocksJournal journal) {
        this.routes = routes;
        this.journal = journal;
    }

    public static MockSocks start(TorModel model, SocksSetup setup, int journalCapacity) {
        MockSocks socks = new MockSocks(new RouteTable(setup.routes()), new SocksJournal(journalCapacity));
        model.reactor().run(() -> socks.install(model, setup));
        return socks;
    }

    private void install(TorModel model, SocksSetup setup) {
        model.putPart(RouteTable.class, routes);
        model.part(AddressMapping.class, () -> AddressMapping.NONE);
        model.part(StreamHooks.class, () -> new RoutingStreamHooks(routes, () -> model.part(AddressMapping.class)));
        ConfiguredOptions options = new ConfiguredOptions(option -> configured(model, option));
        model.config().addListener((option, old, now) -> options.forget());
        SocksEnvironment env = new SocksEnvironment(model.reactor(), () -> model.part(StreamHooks.class), routes,
                journal, ClientStatusEvents.publishingTo(model.events()),
                () -> options.get("SocksTimeout").flatMap(SocksTimeoutOption::parse).orElse(setup.timeout()),
                setup.eofPolicy(), new ResolvedAddresses(), port -> GlobalSocksOptions.apply(port, options::get));
        List<String> lines = new ArrayList<>();
        for (SocksSetup.PortSpec spec : setup.ports()) {
            SocksServer server = SocksServer.start(env, spec.port(), spec.options().orElse(setup.options()));
            servers.add(server);
            model.part(StreamHooks.class).listenerOpened(server.port(), server.options());
            List<String> flags = SocksPortFlags.describe(server.options());
            lines.add(server.address() + (flags.isEmpty() ? "" : " " + String.join(" ", flags)));
        }
        List<String> addresses = servers.stream().map(SocksServer::address).toList();
        ListenerAddresses.of(model).register(ListenerAddresses.Type.SOCKS, () -> addresses);
        if (!lines.isEmpty()) {
            model.config().set("SocksPort", lines);
        }
    }

    /**
     * An option's value when the torrc, the builder or a controller changed it from tor's default:
     * until then the SOCKS setup's own choices (the mock's defaults, {@code socksTimeout(..)}) hold.
     */
    private static Optional<String> configured(TorModel model, String option) {
        return model.config().value(option).filter(v -> !Configuration.of(model).isDefault(option));
    }

    public List<SocksServer> servers() {
        return List.copyOf(servers);
    }

    public RouteTable routes() {
        return routes;
    }

    public SocksJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        servers.forEach(SocksServer::close);
    }
}
