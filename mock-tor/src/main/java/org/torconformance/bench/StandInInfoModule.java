package org.torconformance.bench;

import java.util.LinkedHashSet;
import java.util.Set;
import org.torconformance.cli.Version;
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
 * GETINFO (one-line values) and SETEVENTS for the benchmarks and load tests, installed only where
 * no module of the mock registers them yet (they belong to the info module, built on another
 * branch): once that module is in, the benchmarks measure it instead, unchanged.
 */
public final class StandInInfoModule implements ControlModule {
    @Override
    public void install(TorModel model) {
        if (model.commands().lookup(ByteString.latin1("GETINFO")).isPresent()) {
            return;
        }
        model.info().key("version", null, (k, s) -> InfoRegistry.Value.of(Version.TOR_VERSION));
        model.commands().register("GETINFO", CommandSyntax.anyPositional(), StandInInfoModule::getInfo);
        model.commands().register("SETEVENTS", CommandSyntax.anyPositional(), StandInInfoModule::setEvents);
    }

    private static void getInfo(CommandContext ctx, ParsedArguments args) {
        Reply.Builder reply = Reply.builder();
        for (ByteString key : args.positional()) {
            InfoRegistry.Answer a = ctx.model().info().answer(key.latin1(), ctx.session());
            if (!(a instanceof InfoRegistry.Value v)) {
                ctx.reply(552, "Unrecognized key \"" + key.latin1() + "\"");
                return;
            }
            reply.mid(250, ByteString.concat(key, ByteString.latin1("="), v.value()));
        }
        ctx.reply(reply.end(250, "OK"));
    }

    private static void setEvents(CommandContext ctx, ParsedArguments args) {
        Set<String> names = new LinkedHashSet<>();
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
