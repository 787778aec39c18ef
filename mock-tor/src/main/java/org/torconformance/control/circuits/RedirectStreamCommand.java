package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.OptionalLong;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/** REDIRECTSTREAM: replaces the stream's target address (and port, 1-65535, when given); no event. */
final class RedirectStreamCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(2, CommandSyntax.UNBOUNDED);

    private final StreamTable streams;

    RedirectStreamCommand(StreamTable streams) {
        this.streams = streams;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String streamId = args.positional().get(0).latin1();
        Optional<Stream> stream = streams.find(streamId);
        if (stream.isEmpty()) {
            ctx.reply(552, "Unknown stream \"" + streamId + "\"");
            return;
        }
        Stream s = stream.get();
        int port = s.port();
        if (args.positional().size() > 2) {
            String text = args.positional().get(2).latin1();
            OptionalLong parsed = TorNumbers.parseUnsigned(text, 1, 65535);
            if (parsed.isEmpty()) {
                ctx.reply(512, "Cannot parse port \"" + text + "\"");
                return;
            }
            port = (int) parsed.getAsLong();
        }
        s.setTarget(args.positional().get(1).latin1(), port);
        ctx.replyOk();
    }
}
