package org.torconformance.control.onion;

import java.util.List;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * ONION_CLIENT_AUTH_VIEW: the credentials' lines sorted as strings. With an address, only lines
 * whose stored address is exactly that string (so the case the credential was added in matters).
 */
final class ClientAuthViewCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 1).withKeywords(Set.of());

    private final OnionState state;

    ClientAuthViewCommand(OnionState state) {
        this.state = state;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String filter = args.positional().isEmpty() ? null : args.positional().get(0).latin1();
        if (filter != null && OnionAddresses.parse(filter).isEmpty()) {
            ctx.reply(512, "Invalid v3 address \"" + filter + "\"");
            return;
        }
        List<String> lines = state.credentials.all().stream()
                .filter(c -> filter == null || c.addressAsGiven().equals(filter))
                .map(ClientCredential::viewLine)
                .sorted()
                .toList();
        Reply.Builder reply = Reply.builder().mid(250, "ONION_CLIENT_AUTH_VIEW" + (filter == null ? "" : " " + filter));
        lines.forEach(line -> reply.mid(250, line));
        ctx.reply(reply.end(250, "OK"));
    }
}
