package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.circuits.network.Relay;
import org.torconformance.control.circuits.network.RouterNode;
import org.torconformance.control.circuits.network.SimulatedNetwork;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * EXTENDCIRCUIT: {@code 0} launches a circuit (on tor's path, or the given one), another ID extends
 * that circuit. The path is the first keyword argument when it has no value or starts with
 * {@code $} (tor's workaround for {@code $FP=nick}); {@code purpose=} is general or controller.
 */
final class ExtendCircuitCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(1, 1).withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS));

    private final CircuitTable circuits;
    private final CircuitBuilder builder;
    private final PathChooser paths;
    private final SimulatedNetwork network;
    private final BooleanSupplier networkEnabled;

    ExtendCircuitCommand(CircuitTable circuits, CircuitBuilder builder, PathChooser paths, SimulatedNetwork network,
                         BooleanSupplier networkEnabled) {
        this.circuits = circuits;
        this.builder = builder;
        this.paths = paths;
        this.network = network;
        this.networkEnabled = networkEnabled;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String circuitId = args.positional().get(0).latin1();
        List<KvLine.Entry> keywords = new ArrayList<>(args.keywords());
        String path = null;
        if (!keywords.isEmpty()) {
            KvLine.Entry first = keywords.get(0);
            if (first.value().isEmpty()) {
                path = first.key().latin1();
            } else if (first.key().startsWith("$")) {
                path = first.key().latin1() + "=" + first.value().latin1();
            }
            if (path != null) {
                keywords.remove(0);
            }
        }
        CircuitPurpose purpose = CircuitPurpose.GENERAL;
        Optional<KvLine.Entry> purposeLine = keywords.stream().filter(e -> e.key().equalsIgnoreCase("PURPOSE")).findFirst();
        if (purposeLine.isPresent()) {
            String value = purposeLine.get().value().latin1();
            Optional<CircuitPurpose> p = CircuitPurpose.fromControllerName(value);
            if (p.isEmpty()) {
                ctx.reply(552, "Unknown purpose \"" + value + "\"");
                return;
            }
            purpose = p.get();
        }
        boolean zero = circuitId.equals("0");
        if (zero && path == null) {
            launchOnTorsPath(ctx, purpose);
            return;
        }
        Optional<Circuit> existing = zero ? Optional.empty() : circuits.find(circuitId);
        if (!zero && existing.isEmpty()) {
            ctx.reply(552, "Unknown circuit \"" + circuitId + "\"");
            return;
        }
        if (path == null) {
            ctx.reply(512, "syntax error: path required.");
            return;
        }
        List<Relay> hops = new ArrayList<>();
        for (String name : path.split(",", -1)) {
            Optional<RouterNode> node = network.lookup(name);
            if (node.isEmpty()) {
                ctx.reply(552, "No such router \"" + name + "\"");
                return;
            }
            if (!node.get().usableForCircuits()) {
                ctx.reply(552, "No descriptor for \"" + name + "\"");
                return;
            }
            hops.add(node.get().relay().orElseThrow());
        }
        if (zero) {
            launchOnPath(ctx, purpose, hops);
        } else {
            builder.extend(existing.get(), hops);
            ctx.reply(250, "EXTENDED " + existing.get().id());
        }
    }

    private void launchOnTorsPath(CommandContext ctx, CircuitPurpose purpose) {
        if (networkEnabled.getAsBoolean() && purpose != CircuitPurpose.GENERAL) {
            // Tor picks an exit only for general-purpose circuits: a controller circuit without a
            // path is created and fails at once (CIRC FAILED REASON=NOPATH, no LAUNCHED).
            builder.failWithoutPath(purpose, EnumSet.of(BuildFlag.NEED_CAPACITY));
            ctx.reply(551, "Couldn't start circuit");
            return;
        }
        Optional<List<Relay>> path = networkEnabled.getAsBoolean() ? paths.choose() : Optional.empty();
        if (path.isEmpty()) {
            ctx.reply(551, "Couldn't start circuit");
            return;
        }
        Circuit c = builder.launch(purpose, EnumSet.of(BuildFlag.NEED_CAPACITY), path.get());
        ctx.reply(250, "EXTENDED " + c.id());
    }

    /** A controller-chosen path: no build flags; LAUNCHED follows the reply. */
    private void launchOnPath(CommandContext ctx, CircuitPurpose purpose, List<Relay> hops) {
        if (!networkEnabled.getAsBoolean()) {
            builder.failFirstHop(purpose, hops);
            ctx.reply(551, "Couldn't start circuit");
            return;
        }
        Circuit c = builder.create(purpose, Set.of(), hops);
        ctx.reply(250, "EXTENDED " + c.id());
        builder.announceLaunch(c);
    }
}
