package org.torconformance.control.events;

import java.util.Optional;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ParsedArguments;

/** SIGNAL: {@code 250 OK} first, then the signal's effects and event (see {@link SignalActions}). */
final class SignalCommand implements CommandHandler {
    private final SignalActions actions;

    SignalCommand(SignalActions actions) {
        this.actions = actions;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        ByteString name = args.positional().get(0);
        Optional<SignalName> signal = SignalName.lookup(name);
        if (signal.isEmpty()) {
            ctx.reply(552, "Unrecognized signal code \"" + name.latin1() + "\"");
            return;
        }
        ctx.replyOk();
        actions.perform(signal.get().signal(), ctx.session());
    }
}
