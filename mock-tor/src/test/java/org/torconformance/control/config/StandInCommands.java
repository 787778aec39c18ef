package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.ControlModule;
import org.torconformance.control.EventBus;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * Test-only GETINFO and SETEVENTS, following facts §3.2, so the configuration tests can read the
 * GETINFO keys and subscribe to CONF_CHANGED. Each is registered only if no real module has
 * registered the command already.
 */
final class StandInCommands implements ControlModule {
    @Override
    public void install(TorModel model) {
        if (model.commands().lookup(ByteString.latin1("GETINFO")).isEmpty()) {
            model.commands().register("GETINFO", CommandSyntax.anyPositional(), StandInCommands::getInfo);
        }
        if (model.commands().lookup(ByteString.latin1("SETEVENTS")).isEmpty()) {
            model.commands().register("SETEVENTS", CommandSyntax.anyPositional(), StandInCommands::setEvents);
        }
    }

    private static void getInfo(CommandContext ctx, ParsedArguments args) {
        Reply.Builder b = Reply.builder();
        List<String> unknown = new ArrayList<>();
        for (ByteString k : args.positional()) {
            InfoRegistry.Answer a = ctx.model().info().answer(k.latin1(), ctx.session());
            if (a instanceof InfoRegistry.Failure f) {
                ctx.reply(551, f.message());
                return;
            }
            if (a instanceof InfoRegistry.Unknown) {
                unknown.add("Unrecognized key \"" + k.latin1() + "\"");
            } else {
                ByteString v = ((InfoRegistry.Value) a).value();
                if (v.contains('\n')) {
                    b.data(250, ByteString.concat(k, ByteString.latin1("=")), v);
                } else {
                    b.mid(250, ByteString.concat(k, ByteString.latin1("="), v));
                }
            }
        }
        if (!unknown.isEmpty()) {
            ctx.reply(GetConfCommand.lines(552, unknown));
        } else {
            ctx.reply(b.end(250, "OK"));
        }
    }

    private static void setEvents(CommandContext ctx, ParsedArguments args) {
        Set<String> names = new LinkedHashSet<>();
        for (ByteString e : args.positional()) {
            if (e.equalsIgnoreCase("EXTENDED") || e.equalsIgnoreCase("AUTHDIR_NEWDESCS")) {
                continue;
            }
            String name = EventBus.canonicalName(e.latin1());
            if (name == null) {
                ctx.reply(552, "Unrecognized event \"" + e.latin1() + "\"");
                return;
            }
            names.add(name);
        }
        ctx.session().setSubscriptions(names);
        ctx.replyOk();
    }
}
