package org.torconformance.control.config;

import java.util.EnumSet;
import java.util.List;
import org.torconformance.control.CommandContext;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * SETCONF and RESETCONF ({@code control_setconf_helper}): no positional arguments, then
 * {@code Key[=Value]} pairs with C-quoted values; all or nothing; {@code 250 OK} or one of tor's four
 * refusals, each followed by tor's reason.
 */
final class SetConfCommand {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0)
            .withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS, KvLine.Flag.QUOTED));

    private SetConfCommand() {
    }

    static void setConf(CommandContext ctx, ParsedArguments args) {
        handle(ctx, args, false);
    }

    static void resetConf(CommandContext ctx, ParsedArguments args) {
        handle(ctx, args, true);
    }

    private static void handle(CommandContext ctx, ParsedArguments args, boolean reset) {
        List<OptionAssignment> lines = args.keywords().stream()
                .map(e -> OptionAssignment.of(e.key().latin1(), e.value().latin1())).toList();
        ChangeOutcome o = Configuration.of(ctx.model()).set(lines, reset);
        if (o instanceof ChangeOutcome.Refused r) {
            String what = switch (r.error()) {
                case MISC -> "552 Unrecognized option";
                case PARSE -> "513 Unacceptable option value";
                case TRANSITION -> "553 Transition not allowed";
                case SETTING -> "553 Unable to set option";
            };
            ctx.reply(Integer.parseInt(what.substring(0, 3)), what.substring(4) + ": " + r.message());
            return;
        }
        ctx.replyOk();
    }
}
