package org.torconformance.control.circuits;

import java.util.EnumSet;
import java.util.Optional;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/** CLOSECIRCUIT: closes with REASON=REQUESTED, unless the flag {@code IfUnused} is given and streams use it. Other flags are ignored. */
final class CloseCircuitCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(1, 1).withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS));

    private final CircuitTable circuits;
    private final CircuitBuilder builder;

    CloseCircuitCommand(CircuitTable circuits, CircuitBuilder builder) {
        this.circuits = circuits;
        this.builder = builder;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String id = args.positional().get(0).latin1();
        Optional<Circuit> circuit = circuits.find(id);
        if (circuit.isEmpty()) {
            ctx.reply(552, "Unknown circuit \"" + id + "\"");
            return;
        }
        boolean ifUnused = args.keywords().stream()
                .filter(e -> e.key().equalsIgnoreCase("IfUnused")).findFirst().map(e -> e.value().isEmpty()).orElse(false);
        if (!ifUnused || circuit.get().streams().isEmpty()) {
            builder.close(circuit.get(), CircuitCloseReason.REQUESTED);
        }
        ctx.replyOk();
    }
}
