package org.torconformance.control.onion;

import java.util.HashSet;
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
 * GETINFO and SETEVENTS for these tests, registered only while no module of the mock provides
 * them (they belong to another part of the project): just enough to read the onion module's
 * keys and receive its events, with tor's reply shapes.
 */
final class StandInInfoCommands implements ControlModule {
    @Override
    public void install(TorModel model) {
        if (model.commands().lookup(ByteString.latin1("GETINFO")).isEmpty()) {
            model.commands().register("GETINFO", CommandSyntax.anyPositional(), StandInInfoCommands::getInfo);
        }
        if (model.commands().lookup(ByteString.latin1("SETEVENTS")).isEmpty()) {
            model.commands().register("SETEVENTS", CommandSyntax.anyPositional(), StandInInfoCommands::setEvents);
        }
    }

    private static void getInfo(CommandContext ctx, ParsedArguments args) {
        Reply.Builder answers = Reply.builder();
        for (ByteString k : args.positional()) {
            String key = k.latin1();
            InfoRegistry.Answer a = ctx.model().info().answer(key, ctx.session());
            if (a instanceof InfoRegistry.Unknown) {
                ctx.reply(552, "Unrecognized key \"" + key + "\"");
                return;
            }
            if (a instanceof InfoRegistry.Failure f) {
                ctx.reply(551, f.message());
                return;
            }
            ByteString value = ((InfoRegistry.Value) a).value();
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                answers.data(250, ByteString.latin1(key + "="), value);
            } else {
                answers.mid(250, ByteString.concat(ByteString.latin1(key + "="), value));
            }
        }
        ctx.reply(answers.end(250, "OK"));
    }

    private static void setEvents(CommandContext ctx, ParsedArguments args) {
        Set<String> names = new HashSet<>();
        for (ByteString e : args.positional()) {
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
