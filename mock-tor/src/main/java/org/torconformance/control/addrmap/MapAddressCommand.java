package org.torconformance.control.addrmap;

import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/**
 * MAPADDRESS: one reply line per pair, each with its own status (250, 512 or 451); the last line
 * ends the reply. {@code 0.0.0.0}, {@code ::} and {@code .} ask for a virtual address.
 */
final class MapAddressCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withKeywords(Set.of());

    private final AddressMap map;
    private final AddressMapSettings settings;

    MapAddressCommand(AddressMap map, AddressMapSettings settings) {
        this.map = map;
        this.settings = settings;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        if (args.keywords().isEmpty()) {
            ctx.reply(512, "syntax error: not enough arguments to mapaddress.");
            return;
        }
        Reply.Builder reply = Reply.builder();
        int n = args.keywords().size();
        for (int i = 0; i < n; i++) {
            KvLine.Entry pair = args.keywords().get(i);
            ReplyLine line = answer(pair.key().latin1(), pair.value().latin1());
            if (i == n - 1) {
                ctx.reply(reply.end(line.status(), line.text()));
            } else {
                reply.mid(line.status(), line.text());
            }
        }
    }

    private ReplyLine answer(String from, String to) {
        boolean lenient = settings.allowNonRfc953Hostnames();
        if (DestinationCheck.isInvalidMapTarget(to, lenient)) {
            return ReplyLine.end(512, "syntax error: invalid address '" + to + "'");
        }
        Optional<AddressMap.VirtualKind> virtual = switch (from) {
            case "." -> Optional.of(AddressMap.VirtualKind.HOSTNAME);
            case "0.0.0.0" -> Optional.of(AddressMap.VirtualKind.IPV4);
            case "::" -> Optional.of(AddressMap.VirtualKind.IPV6);
            default -> Optional.empty();
        };
        if (virtual.isPresent()) {
            return map.registerVirtual(virtual.get(), to)
                    .map(address -> ReplyLine.end(250, address + "=" + to))
                    .orElseGet(() -> ReplyLine.end(451, "resource exhausted: skipping '" + from + "=" + to + "'"));
        }
        Optional<String> refused = map.registerAuto(from, to, new Expiry.Controller(), MappingSource.CONTROLLER, lenient);
        return refused
                .map(why -> ReplyLine.end(512, "syntax error: invalid address mapping  '" + from + "=" + to + "': " + why))
                .orElseGet(() -> ReplyLine.end(250, from + "=" + to));
    }
}
