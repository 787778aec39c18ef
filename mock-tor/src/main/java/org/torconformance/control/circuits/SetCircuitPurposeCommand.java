package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.event.TorEvent;

/**
 * SETCIRCUITPURPOSE: a change announces CIRC_MINOR PURPOSE_CHANGED (none when the purpose stays).
 * Tor's syntax asks for no positional argument at all, so a bare SETCIRCUITPURPOSE makes tor
 * 0.4.9.11 read a circuit ID that is not there and crash. The mock answers what tor would with a
 * minimum of one argument; with {@code --tor-quirks} it "crashes" like tor: no reply, the mock stops.
 */
final class SetCircuitPurposeCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 1).withKeywords(Set.of());

    private final CircuitTable circuits;
    private final Consumer<TorEvent> events;
    private final boolean torQuirks;
    private final Runnable crash;

    SetCircuitPurposeCommand(CircuitTable circuits, Consumer<TorEvent> events, boolean torQuirks, Runnable crash) {
        this.circuits = circuits;
        this.events = events;
        this.torQuirks = torQuirks;
        this.crash = crash;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        if (args.positional().isEmpty()) {
            if (torQuirks) {
                crash.run();
            } else {
                ctx.reply(512, "Bad arguments to " + ctx.keywordAsTyped() + ": Need at least 1 argument(s)");
            }
            return;
        }
        String id = args.positional().get(0).latin1();
        Optional<Circuit> circuit = circuits.find(id);
        if (circuit.isEmpty()) {
            ctx.reply(552, "Unknown circuit \"" + id + "\"");
            return;
        }
        Optional<KvLine.Entry> line = args.keywords().stream().filter(e -> e.key().equalsIgnoreCase("PURPOSE")).findFirst();
        if (line.isEmpty()) {
            ctx.reply(552, "No purpose given");
            return;
        }
        String value = line.get().value().latin1();
        Optional<CircuitPurpose> purpose = CircuitPurpose.fromControllerName(value);
        if (purpose.isEmpty()) {
            ctx.reply(552, "Unknown purpose \"" + value + "\"");
            return;
        }
        Circuit c = circuit.get();
        CircuitPurpose old = c.purpose();
        if (old != purpose.get()) {
            c.setPurpose(purpose.get());
            events.accept(CircuitEvents.purposeChanged(c, old));
        }
        ctx.replyOk();
    }
}
