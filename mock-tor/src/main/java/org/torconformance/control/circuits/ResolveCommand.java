package org.torconformance.control.circuits;

import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * RESOLVE: {@code 250 OK}, then one DNS stream per bare word (NEWRESOLVE from the controller's
 * address, SESSION_GROUP=-3); answers come as ADDRMAP events. {@code mode=reverse} asks for PTR
 * lookups; other keyword arguments are ignored. With the network disabled the streams just wait,
 * as on tor 0.4.9.11 (tor's {@code internal} launch failure cannot be provoked from outside).
 */
final class ResolveCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS));

    private final StreamRouter router;

    ResolveCommand(StreamRouter router) {
        this.router = router;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        boolean reverse = args.keywords().stream().filter(e -> e.key().equalsIgnoreCase("mode")).findFirst()
                .map(e -> e.value().equalsIgnoreCase("reverse")).orElse(false);
        Optional<InetSocketAddress> client = ctx.session().connection().remoteAddress() instanceof InetSocketAddress a
                ? Optional.of(a) : Optional.empty();
        List<String> names = args.keywords().stream().filter(e -> e.value().isEmpty()).map(e -> e.key().latin1()).toList();
        ctx.replyOk();
        for (String name : names) {
            StreamRequest request = new StreamRequest(
                    reverse ? StreamRequest.Kind.RESOLVE_PTR : StreamRequest.Kind.RESOLVE, name, 0, ClientProtocol.UNKNOWN,
                    Optional.empty(), Optional.empty(), client, StreamRequest.CONTROL_RESOLVE_SESSION_GROUP,
                    IsolationFlag.DEFAULT);
            router.open(request, update -> { });
        }
    }
}
