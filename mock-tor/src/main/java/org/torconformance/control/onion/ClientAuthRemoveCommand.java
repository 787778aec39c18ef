package org.torconformance.control.onion;

import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/**
 * ONION_CLIENT_AUTH_REMOVE: forgets the credential (matched by key, so in either case), deletes
 * its ClientOnionAuthDir file if it was permanent, and drops the service's cached descriptor.
 */
final class ClientAuthRemoveCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 1).withKeywords(Set.of());

    private final OnionState state;

    ClientAuthRemoveCommand(OnionState state) {
        this.state = state;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        if (args.positional().isEmpty()) {
            ctx.reply(512, "Incomplete ONION_CLIENT_AUTH_REMOVE command");
            return;
        }
        String addressAsGiven = args.positional().get(0).latin1();
        Optional<OnionAddress> address = OnionAddresses.parse(addressAsGiven);
        if (address.isEmpty()) {
            ctx.reply(512, "Invalid v3 address \"" + addressAsGiven + "\"");
            return;
        }
        Optional<ClientCredential> removed = state.credentials.remove(address.get());
        if (removed.isEmpty()) {
            ctx.reply(251, "No credentials for \"" + addressAsGiven + "\"");
            return;
        }
        if (removed.get().permanent()) {
            ClientAuthDirectory.configured(ctx.model()).ifPresent(d -> d.delete(removed.get()));
        }
        state.clientCache.remove(address.get());
        ctx.replyOk();
    }
}
