package org.torconformance.control;

import org.torconformance.wire.ParsedArguments;

/** Carries out one command whose arguments already passed tor's generic parser. */
@FunctionalInterface
public interface CommandHandler {
    void handle(CommandContext ctx, ParsedArguments args);
}
