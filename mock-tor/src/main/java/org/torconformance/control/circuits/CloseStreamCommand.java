package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.OptionalLong;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/**
 * CLOSESTREAM: the reason is a RELAY_END code (0-255; extra words are ignored). A stream still
 * waiting answers its application first (FAILED and a SOCKS error mapped from the reason); an open
 * one just closes.
 */
final class CloseStreamCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(2, CommandSyntax.UNBOUNDED);

    private final StreamTable streams;
    private final StreamRouter router;

    CloseStreamCommand(StreamTable streams, StreamRouter router) {
        this.streams = streams;
        this.router = router;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String streamId = args.positional().get(0).latin1();
        Optional<Stream> stream = streams.find(streamId);
        if (stream.isEmpty()) {
            ctx.reply(552, "Unknown stream \"" + streamId + "\"");
            return;
        }
        String text = args.positional().get(1).latin1();
        OptionalLong reason = TorNumbers.parseUnsigned(text, 0, 255);
        if (reason.isEmpty()) {
            ctx.reply(552, "Unrecognized reason \"" + text + "\"");
            return;
        }
        router.markUnattached(stream.get(), StreamEndReason.local((int) reason.getAsLong()));
        ctx.replyOk();
    }
}
