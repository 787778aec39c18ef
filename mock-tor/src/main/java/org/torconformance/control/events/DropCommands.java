package org.torconformance.control.events;

import org.torconformance.control.CommandContext;
import org.torconformance.control.TorModel;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.event.BuildTimeoutSetEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * DROPGUARDS and DROPTIMEOUTS. Each warns once per process that it is dangerous. Dropping the
 * guards frees tor's guard context, so every later DROPGUARDS first logs that it starts a new
 * one. DROPTIMEOUTS resets the learned build timeout to tor's 60 s default and says so.
 */
final class DropCommands {
    private final TorModel model;
    private boolean warnedGuards;
    private boolean warnedTimeouts;
    private boolean guardContextDropped;

    DropCommands(TorModel model) {
        this.model = model;
    }

    void dropGuards(CommandContext ctx, ParsedArguments args) {
        ctx.replyOk();
        LogEvents log = LogEvents.of(model);
        if (!warnedGuards) {
            warnedGuards = true;
            log.warn(dangerous("DROPGUARDS"));
        }
        if (guardContextDropped) {
            log.notice("Starting with guard context \"default\"");
        }
        guardContextDropped = true;
        SignalHooks.of(model).each(SignalHooks.Hook::dropGuards);
    }

    void dropTimeouts(CommandContext ctx, ParsedArguments args) {
        ctx.replyOk();
        if (!warnedTimeouts) {
            warnedTimeouts = true;
            LogEvents.of(model).warn(dangerous("DROPTIMEOUTS"));
        }
        SignalHooks.of(model).each(SignalHooks.Hook::dropTimeouts);
        model.events().publish(new BuildTimeoutSetEvent("RESET", EventArgs.builder()
                .bare("TOTAL_TIMES", "0").bare("TIMEOUT_MS", "60000").bare("XM", "0").bare("ALPHA", "0.000000")
                .bare("CUTOFF_QUANTILE", "1.000000").bare("TIMEOUT_RATE", "0.000000").bare("CLOSE_MS", "60000")
                .bare("CLOSE_RATE", "0.000000").build()));
    }

    private static String dangerous(String command) {
        return command + " is dangerous; make sure you understand the risks before using it. "
                + "It may be removed in a future version of Tor.";
    }
}
