package org.torconformance.control.onion;

import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/**
 * DEL_ONION: the ID must be a valid v3 address (either case), but the lookup compares it exactly
 * with the lowercase IDs tor printed, so an uppercase ID is "unknown".
 */
final class DelOnionCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(1, 1);

    private final OnionServices services;

    DelOnionCommand(OnionServices services) {
        this.services = services;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String serviceId = args.positional().get(0).latin1();
        if (OnionAddresses.parse(serviceId).isEmpty()) {
            ctx.reply(512, "Malformed Onion Service id");
        } else if (services.removeOwnedOrDetached(serviceId, ctx.session())) {
            ctx.replyOk();
        } else {
            ctx.reply(552, "Unknown Onion Service id");
        }
    }
}
