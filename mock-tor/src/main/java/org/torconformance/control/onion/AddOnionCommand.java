package org.torconformance.control.onion;

import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * ADD_ONION as tor 0.4.9.11 answers it: keyword arguments first (in the order given), then the
 * key, then the service is added, owned by this connection unless Detach.
 */
final class AddOnionCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(1, 1)
            .withKeywords(Set.of(), "Port", "Flags", "MaxStreams", "ClientAuth", "ClientAuthV3");

    private final OnionServices services;

    AddOnionCommand(OnionServices services) {
        this.services = services;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        boolean nonAnonymousMode = ctx.model().config().bool("HiddenServiceNonAnonymousMode");
        AddOnionOptions.Outcome outcome = AddOnionOptions.read(args.keywords(), nonAnonymousMode);
        if (outcome instanceof AddOnionOptions.Refused refused) {
            ctx.reply(refused.reply());
        } else if (outcome instanceof AddOnionOptions.StoppedAtV2ClientAuth stopped) {
            // tor stops at the v2 keyword without a reply; a well-behaved mock refuses it as unknown
            if (!ctx.model().settings().torQuirks()) {
                ctx.reply(512, "Bad arguments to " + ctx.keywordAsTyped() + ": Unrecognized keyword argument "
                        + EscForLog.escape(stopped.keywordAsTyped()).latin1());
            }
        } else {
            addService(ctx, ((AddOnionOptions.Accepted) outcome).options(), args.positional().get(0).latin1());
        }
    }

    private void addService(CommandContext ctx, AddOnionOptions options, String keyArgument) {
        ServiceKeyArgument.Outcome key = ServiceKeyArgument.read(keyArgument, ctx.model().settings().random());
        if (key instanceof ServiceKeyArgument.Refused refused) {
            ctx.reply(refused.reply());
            return;
        }
        ServiceKeyArgument.Key serviceKey = (ServiceKeyArgument.Key) key;
        OnionAddress address;
        try {
            address = serviceKey.key().address();
        } catch (IllegalArgumentException e) {
            ctx.reply(551, "Failed to generate onion address");
            return;
        }
        if (services.hosts(address.serviceId())) {
            ctx.reply(550, "Onion address collision");
            return;
        }
        HostedService service = new HostedService(address, serviceKey.key(), options.ports(), options.maxStreams(),
                options.maxStreamsCloseCircuit(), options.clientAuthV3());
        services.add(service, options.detach() ? Optional.empty() : Optional.of(ctx.session()));

        Reply.Builder reply = Reply.builder().mid(250, "ServiceID=" + address.serviceId());
        if (serviceKey.generated() && !options.discardPrivateKey()) {
            reply.mid(250, "PrivateKey=" + ServiceKeyArgument.ED25519_V3 + ":" + serviceKey.key().blob());
        }
        options.clientAuthV3().forEach(client -> reply.mid(250, "ClientAuthV3=" + client));
        ctx.reply(reply.end(250, "OK"));
    }
}
