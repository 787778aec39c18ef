package org.torconformance.cli.dropin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.torconformance.cli.Version;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.ControlModule;
import org.torconformance.control.EventBus;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * TEMPORARY: the least of GETINFO, SETEVENTS, GETCONF, SETCONF and RESETCONF that stem's and
 * txtorcon's "launch tor" helpers need from the drop-in, until the info and config modules are on
 * main. Every command and key is registered only when no other module has registered it, so once
 * those modules are merged this one does nothing and can be deleted (with its line in DropInTor).
 * It is deliberately simple: no defaults, no validation beyond tor's unknown-name replies, no
 * CONF_CHANGED events.
 */
final class StopgapControlModule implements ControlModule {
    private static final CommandSyntax GETINFO = CommandSyntax.positional(1, CommandSyntax.UNBOUNDED);
    private static final CommandSyntax SETCONF = CommandSyntax.positional(0, 0)
            .withKeywords(EnumSet.of(KvLine.Flag.OMIT_VALS, KvLine.Flag.QUOTED));

    @Override
    public void install(TorModel model) {
        key(model, "version", (k, s) -> InfoRegistry.Value.of(Version.TOR_VERSION));
        key(model, "events/names", (k, s) -> InfoRegistry.Value.of(String.join(" ", EventBus.SUBSCRIBABLE)));
        key(model, "config/names", (k, s) -> InfoRegistry.Value.of(configNames(model)));
        command(model, "GETINFO", GETINFO, this::getinfo);
        command(model, "SETEVENTS", CommandSyntax.anyPositional(), this::setevents);
        command(model, "GETCONF", CommandSyntax.anyPositional(), this::getconf);
        command(model, "SETCONF", SETCONF, this::setconf);
        command(model, "RESETCONF", SETCONF, this::setconf);
    }

    private static void key(TorModel model, String key, InfoRegistry.Provider p) {
        try {
            model.info().key(key, null, p);
        } catch (IllegalStateException registeredElsewhere) {
            // the real module answers it
        }
    }

    private static void command(TorModel model, String name, CommandSyntax syntax, CommandHandler h) {
        if (model.commands().lookup(ByteString.latin1(name)).isEmpty()) {
            model.commands().register(name, syntax, h);
        }
    }

    /** Only the options set, as String (LineList when repeated): enough for txtorcon's TorConfig. */
    private static String configNames(TorModel model) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : model.config().all().entrySet()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey()).append(e.getValue().size() > 1 ? " LineList" : " String");
        }
        return sb.toString();
    }

    private void getinfo(CommandContext ctx, ParsedArguments args) {
        Reply.Builder b = Reply.builder();
        for (ByteString key : args.positional()) {
            InfoRegistry.Answer a = ctx.model().info().answer(key.latin1(), ctx.session());
            if (a instanceof InfoRegistry.Unknown) {
                ctx.reply(552, "Unrecognized key \"" + key.latin1() + "\"");
                return;
            }
            if (a instanceof InfoRegistry.Failure f) {
                ctx.reply(551, f.message());
                return;
            }
            ByteString v = ((InfoRegistry.Value) a).value();
            ByteString text = ByteString.concat(key, ByteString.latin1("="));
            if (v.contains('\n')) {
                b.data(250, text, v);
            } else {
                b.mid(250, ByteString.concat(text, v));
            }
        }
        ctx.reply(b.end(250, "OK"));
    }

    private void setevents(CommandContext ctx, ParsedArguments args) {
        Set<String> names = new LinkedHashSet<>();
        for (ByteString a : args.positional()) {
            String name = EventBus.canonicalName(a.latin1());
            if (name == null) {
                ctx.reply(552, "Unrecognized event \"" + a.latin1() + "\"");
                return;
            }
            names.add(name);
        }
        ctx.session().setSubscriptions(names);
        ctx.replyOk();
    }

    private void getconf(CommandContext ctx, ParsedArguments args) {
        List<String> lines = new ArrayList<>();
        for (ByteString key : args.positional()) {
            Optional<String> name = TorOptionNames.canonical(key.latin1());
            if (name.isEmpty()) {
                ctx.reply(552, "Unrecognized configuration key \"" + key.latin1() + "\"");
                return;
            }
            List<String> values = ctx.model().config().values(name.get());
            if (values.isEmpty()) {
                lines.add(name.get());
            }
            values.forEach(v -> lines.add(name.get() + "=" + v));
        }
        if (lines.isEmpty()) {
            ctx.replyOk();
            return;
        }
        Reply.Builder b = Reply.builder();
        lines.subList(0, lines.size() - 1).forEach(l -> b.mid(250, ByteString.utf8(l)));
        ctx.reply(b.end(250, ByteString.utf8(lines.get(lines.size() - 1))));
    }

    /** A value sets the option; a bare name unsets it (tor would restore its default). */
    private void setconf(CommandContext ctx, ParsedArguments args) {
        for (KvLine.Entry e : args.keywords()) {
            if (TorOptionNames.canonical(e.key().latin1()).isEmpty()) {
                ctx.reply(552, "Unrecognized option: Unknown option '" + e.key().latin1() + "'.  Failing.");
                return;
            }
        }
        for (KvLine.Entry e : args.keywords()) {
            String name = TorOptionNames.canonical(e.key().latin1()).orElseThrow();
            if (!e.value().isEmpty()) {
                ctx.model().config().set(name, e.value().utf8());
            } else {
                ctx.model().config().unset(name);
            }
        }
        ctx.replyOk();
    }
}
