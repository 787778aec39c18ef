package org.torconformance.control.circuits;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.circuits.network.ServerDescriptor;
import org.torconformance.control.circuits.network.ServerDescriptorParser;
import org.torconformance.control.circuits.network.SimulatedNetwork;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.NewDescEvent;
import org.torconformance.wire.event.TorEvent;

/**
 * +POSTDESCRIPTOR: {@code purpose=} (general, controller, bridge; compared exactly) and
 * {@code cache=} (yes/no, any case); a descriptor that parses and verifies is added (250 and
 * NEWDESC), one not newer than the held one is not (251), others are refused (554).
 */
final class PostDescriptorCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withKeywords(Set.of(), "cache", "purpose").withBody();

    private final SimulatedNetwork network;
    private final Consumer<TorEvent> events;

    PostDescriptorCommand(SimulatedNetwork network, Consumer<TorEvent> events) {
        this.network = network;
        this.events = events;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String purpose = "general";
        Optional<KvLine.Entry> purposeLine = find(args, "purpose");
        if (purposeLine.isPresent()) {
            purpose = purposeLine.get().value().latin1();
            if (!List.of("general", "controller", "bridge").contains(purpose)) {
                ctx.reply(552, "Unknown purpose \"" + purpose + "\"");
                return;
            }
        }
        Optional<KvLine.Entry> cache = find(args, "cache");
        if (cache.isPresent() && !cache.get().value().equalsIgnoreCase("yes") && !cache.get().value().equalsIgnoreCase("no")) {
            ctx.reply(552, "Unknown cache request \"" + cache.get().value().latin1() + "\"");
            return;
        }
        Optional<ServerDescriptor> descriptor = ServerDescriptorParser.parse(args.body().orElseThrow().latin1(), purpose);
        if (descriptor.isEmpty()) {
            ctx.reply(554, "Couldn't parse router descriptor.");
            return;
        }
        if (network.post(descriptor.get()) == SimulatedNetwork.Added.NOT_NEW) {
            ctx.reply(251, "Router descriptor was not new.");
            return;
        }
        ctx.replyOk();
        events.accept(new NewDescEvent(EventArgs.builder().positional(descriptor.get().longName()).build()));
    }

    private static Optional<KvLine.Entry> find(ParsedArguments args, String key) {
        return args.keywords().stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
    }
}
