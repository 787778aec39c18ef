package org.torconformance.control.config;

import java.util.EnumSet;
import org.torconformance.control.CommandContext;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * {@code SAVECONF [FORCE]}: other words are accepted and ignored, and only a bare {@code FORCE}
 * (any case) forces; {@code 551 Unable to write configuration to disk.} when tor cannot write.
 */
final class SaveConfCommand {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS));

    private SaveConfCommand() {
    }

    static void handle(CommandContext ctx, ParsedArguments args) {
        boolean force = args.keywords().stream().anyMatch(e -> e.key().equalsIgnoreCase("FORCE") && e.value().isEmpty());
        if (Configuration.of(ctx.model()).save(force)) {
            ctx.replyOk();
        } else {
            ctx.reply(551, "Unable to write configuration to disk.");
        }
    }
}
