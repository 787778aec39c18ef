package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * HSFETCH: {@code 250 OK} first, then the fetch. With DisableNetwork 1, tor 0.4.9.11 has no
 * consensus and so no HSDir to ask: it answers 250 OK and emits nothing at all; so does the mock.
 */
final class HsFetchCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(1, 1).withKeywords(Set.of(), "SERVER");

    private final DescriptorFetch fetch;

    HsFetchCommand(DescriptorFetch fetch) {
        this.fetch = fetch;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String argument = args.positional().get(0).latin1();
        Optional<OnionAddress> address = OnionAddresses.parse(argument);
        if (address.isEmpty()) {
            ctx.reply(513, "Invalid argument \"" + argument + "\"");
            return;
        }
        boolean network = SimulatedHsDirs.present(ctx.model());
        List<SimulatedHsDirs.HsDir> servers = new ArrayList<>();
        for (KvLine.Entry e : args.keywords()) {
            String server = e.value().latin1();
            Optional<SimulatedHsDirs.HsDir> hsDir = network ? SimulatedHsDirs.byHexId(server) : Optional.empty();
            if (hsDir.isEmpty()) {
                ctx.reply(552, "Server \"" + server + "\" not found");
                return;
            }
            servers.add(hsDir.get());
        }
        ctx.replyOk();
        if (network) {
            fetch.start(address.get(), servers);
        }
    }
}
