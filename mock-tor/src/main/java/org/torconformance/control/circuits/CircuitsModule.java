package org.torconformance.control.circuits;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.addrmap.AddressMap;
import org.torconformance.control.addrmap.AddressMapModule;
import org.torconformance.control.circuits.network.NetworkInfo;
import org.torconformance.control.circuits.network.SimulatedNetwork;
import org.torconformance.control.events.SignalHooks;
import org.torconformance.control.events.Traffic;
import org.torconformance.wire.event.TorEvent;

/**
 * Circuits, streams, relays: EXTENDCIRCUIT, SETCIRCUITPURPOSE, CLOSECIRCUIT, ATTACHSTREAM,
 * REDIRECTSTREAM, CLOSESTREAM, RESOLVE, +POSTDESCRIPTOR; {@code circuit-status},
 * {@code stream-status}, {@code orconn-status}, {@code entry-guards} and the directory keys; CIRC,
 * CIRC_MINOR, STREAM, ORCONN, GUARD, NEWDESC, STREAM_BW and CIRC_BW events. Needs
 * {@link AddressMapModule} installed first. The SOCKS side uses {@link Streams#of(TorModel)}.
 */
public final class CircuitsModule implements ControlModule {
    /** A controller connection's ID in tor's connection array. */
    private record ConnectionSlot(long id) {
    }

    private final Runnable crash;
    private final Timings timings;

    /** {@code crash} stops the mock, for SETCIRCUITPURPOSE's crash under {@code --tor-quirks}. */
    public CircuitsModule(Runnable crash) {
        this(crash, Timings.DEFAULT);
    }

    public CircuitsModule(Runnable crash, Timings timings) {
        this.crash = crash;
        this.timings = timings;
    }

    @Override
    public void install(TorModel model) {
        Consumer<TorEvent> events = model.events()::publish;
        SplittableRandom random = new SplittableRandom(model.settings().random().nextLong());
        AddressMap addressMap = AddressMapModule.of(model);
        Connections connections = new Connections(1);
        model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void opened(ControlSession s) {
                s.attribute(ConnectionSlot.class, () -> new ConnectionSlot(connections.open()));
            }

            @Override
            public void closed(ControlSession s) {
                connections.close(s.attribute(ConnectionSlot.class, () -> new ConnectionSlot(-1)).id());
            }
        });
        SimulatedNetwork network = new SimulatedNetwork(random.split());
        CircuitTable circuits = new CircuitTable();
        StreamTable streamTable = new StreamTable(connections);
        EntryGuards guards = new EntryGuards(events);
        OrConnections orConnections = new OrConnections(connections, model.reactor(), timings, events);
        CircuitBuilder builder = new CircuitBuilder(circuits, orConnections, guards, model.reactor(), timings,
                model.settings().clock(), events);
        PathChooser paths = new PathChooser(network, guards, random.split());
        ClientNetwork client = new ClientNetwork(model.config(), network, guards, orConnections, builder, paths,
                model.settings().clock());
        Bandwidth bandwidth = new Bandwidth(model.events(), model.settings().clock(), Traffic.of(model));
        StreamRouter router = new StreamRouter(streamTable, circuits, builder, paths, addressMap, model.reactor(),
                timings, model.settings().clock(), model.config(), events, client::enabled, bandwidth);
        builder.addListener(router);
        client.start(router);
        model.config().addListener((option, before, after) -> client.configChanged(option));
        bandwidth.start(model.reactor(), router::all);
        model.putPart(Streams.class, new Streams(router, streamTable, connections, bandwidth, guards));
        model.putPart(SimulatedNetwork.class, network);
        SignalHooks.of(model).add(new SignalHooks.Hook() {
            @Override
            public void newIdentity(int epoch) {
                router.enterNymEpoch(epoch);
            }

            @Override
            public void dropGuards() {
                guards.drop();
            }
        });

        boolean quirks = model.settings().torQuirks();
        model.commands().register("EXTENDCIRCUIT", ExtendCircuitCommand.SYNTAX,
                new ExtendCircuitCommand(circuits, builder, paths, network, client::enabled));
        model.commands().register("SETCIRCUITPURPOSE", SetCircuitPurposeCommand.SYNTAX,
                new SetCircuitPurposeCommand(circuits, events, quirks, crash));
        model.commands().register("ATTACHSTREAM", AttachStreamCommand.SYNTAX,
                new AttachStreamCommand(streamTable, circuits, router));
        model.commands().register("+POSTDESCRIPTOR", PostDescriptorCommand.SYNTAX, new PostDescriptorCommand(network, events));
        model.commands().register("REDIRECTSTREAM", RedirectStreamCommand.SYNTAX, new RedirectStreamCommand(streamTable));
        model.commands().register("CLOSESTREAM", CloseStreamCommand.SYNTAX, new CloseStreamCommand(streamTable, router));
        model.commands().register("CLOSECIRCUIT", CloseCircuitCommand.SYNTAX, new CloseCircuitCommand(circuits, builder));
        model.commands().register("RESOLVE", ResolveCommand.SYNTAX, new ResolveCommand(router));

        InfoRegistry info = model.info();
        lines(info, "circuit-status", "List of current circuits originating here.",
                () -> circuits.all().stream().map(CircuitEvents::statusLine).toList());
        lines(info, "stream-status", "List of current streams.",
                () -> streamTable.all().stream().map(StreamEvents::statusLine).flatMap(java.util.Optional::stream).toList());
        lines(info, "orconn-status", "A list of current OR connections.", orConnections::statusLines);
        lines(info, "entry-guards", "Which nodes are we using as entry guards?", guards::statusLines);
        new NetworkInfo(network).register(info);
    }

    /** Tor joins such lists with CRLF: one entry answers on one line, more in a data block. */
    private static void lines(InfoRegistry info, String key, String description, Supplier<List<String>> lines) {
        info.key(key, description, (k, s) -> InfoRegistry.Value.of(String.join("\r\n", lines.get())));
    }
}
