package org.torconformance.control.events;

import java.util.LinkedHashSet;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.EventBus;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ParsedArguments;

/**
 * SETEVENTS as {@code handle_control_setevents}: names are matched case-insensitively against
 * tor's event table; EXTENDED and AUTHDIR_NEWDESCS are accepted and ignored; the first unknown
 * name is refused with the mask left as it was; otherwise the new set replaces the old one whole
 * (no names: no events).
 */
final class SetEventsCommand implements CommandHandler {
    private final BandwidthTicker bandwidth;

    SetEventsCommand(BandwidthTicker bandwidth) {
        this.bandwidth = bandwidth;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        Set<String> events = new LinkedHashSet<>();
        for (ByteString name : args.positional()) {
            if (name.equalsIgnoreCase("EXTENDED") || name.equalsIgnoreCase("AUTHDIR_NEWDESCS")) {
                continue;
            }
            String event = lookup(name);
            if (event == null) {
                ctx.reply(552, "Unrecognized event \"" + name.latin1() + "\"");
                return;
            }
            events.add(event);
        }
        ctx.session().setSubscriptions(events);
        ctx.replyOk();
        bandwidth.subscriptionsChanged();
    }

    private static String lookup(ByteString name) {
        for (String event : EventBus.SUBSCRIBABLE) {
            if (name.equalsIgnoreCase(event)) {
                return event;
            }
        }
        return null;
    }
}
