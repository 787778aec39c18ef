package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.ControlModule;
import org.torconformance.control.EventBus;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.addrmap.AddressMapModule;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.Reply;

/**
 * Minimal GETINFO, SETEVENTS, SETCONF and SIGNAL for these tests, registered only where the mock
 * has none yet (other contributors own the real ones). GETINFO formats answers as tor does:
 * {@code 250-k=v}, a data block when the value has a line break, only the 552 lines when a key is
 * unrecognized or refused, a lone 551 for a failure.
 */
public final class StandInCommands implements ControlModule {
    @Override
    public void install(TorModel model) {
        register(model, "GETINFO", CommandSyntax.anyPositional(), (ctx, args) -> {
            Reply.Builder answers = Reply.builder();
            List<String> unrecognized = new ArrayList<>();
            for (ByteString k : args.positional()) {
                String key = k.latin1();
                InfoRegistry.Answer a = model.info().answer(key, ctx.session());
                if (a instanceof InfoRegistry.Failure f) {
                    ctx.reply(551, f.message());
                    return;
                } else if (a instanceof InfoRegistry.Refused r) {
                    unrecognized.add(r.message());
                } else if (a instanceof InfoRegistry.Unknown) {
                    unrecognized.add("Unrecognized key \"" + key + "\"");
                } else {
                    ByteString v = ((InfoRegistry.Value) a).value();
                    if (v.contains('\n') || v.contains('\r')) {
                        answers.data(250, ByteString.latin1(key + "="), v);
                    } else {
                        answers.mid(250, ByteString.concat(ByteString.latin1(key + "="), v));
                    }
                }
            }
            if (!unrecognized.isEmpty()) {
                Reply.Builder b = Reply.builder();
                for (int i = 0; i < unrecognized.size() - 1; i++) {
                    b.mid(552, unrecognized.get(i));
                }
                ctx.reply(b.end(552, unrecognized.get(unrecognized.size() - 1)));
                return;
            }
            ctx.reply(answers.end(250, "OK"));
        });
        register(model, "SETEVENTS", CommandSyntax.anyPositional(), (ctx, args) -> {
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
        });
        register(model, "SETCONF", CommandSyntax.positional(0, 0).withKeywords(java.util.EnumSet.of(KvLine.Flag.QUOTED,
                KvLine.Flag.OMIT_VALS)), (ctx, args) -> {
                    for (KvLine.Entry e : args.keywords()) {
                        model.config().set(e.key().latin1(), e.value().latin1());
                    }
                    ctx.replyOk();
                });
        register(model, "SIGNAL", CommandSyntax.positional(1, 1), (ctx, args) -> {
            switch (args.positional().get(0).latin1().toUpperCase(Locale.ROOT)) {
                case "NEWNYM" -> Streams.of(model).newNym();
                case "CLEARDNSCACHE" -> AddressMapModule.of(model).clearCache();
                default -> { }
            }
            ctx.replyOk();
        });
    }

    private static void register(TorModel model, String name, CommandSyntax syntax, CommandHandler handler) {
        if (model.commands().lookup(ByteString.latin1(name)).isEmpty()) {
            model.commands().register(name, syntax, handler);
        }
    }
}
