package org.torconformance.control.config;

import org.torconformance.control.CommandContext;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/**
 * {@code +LOADCONF}: the body is a whole torrc that replaces the configuration. Its refusals are
 * coded differently from SETCONF's: an unknown option or bad value is 552 Invalid config file.
 */
final class LoadConfCommand {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withBody();

    private LoadConfCommand() {
    }

    static void handle(CommandContext ctx, ParsedArguments args) {
        ChangeOutcome o = Configuration.of(ctx.model()).load(args.body().orElseThrow().latin1());
        if (o instanceof ChangeOutcome.Refused r) {
            String what = switch (r.error()) {
                case PARSE -> "552 Invalid config file";
                case TRANSITION -> "553 Transition not allowed";
                case SETTING -> "553 Unable to set option";
                case MISC -> "550 Unable to load config";
            };
            ctx.reply(Integer.parseInt(what.substring(0, 3)), what.substring(4) + (r.message() == null ? "" : ": " + r.message()));
            return;
        }
        ctx.replyOk();
    }
}
