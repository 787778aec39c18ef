package org.torconformance.control;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;

/**
 * The small commands: USEFEATURE (both features are always on since 0.2.2), TAKEOWNERSHIP and
 * DROPOWNERSHIP, and SETROUTERPURPOSE, which tor answers as obsolete.
 */
public final class MiscModule implements ControlModule {
    /** Marks a session whose closing should stop the mock, as it stops tor. */
    public static final class Ownership {
        boolean owning;

        public boolean owning() {
            return owning;
        }
    }

    private final Runnable onOwnerGone;

    /** {@code onOwnerGone} runs when an owning connection closes (tor exits then). */
    public MiscModule(Runnable onOwnerGone) {
        this.onOwnerGone = onOwnerGone;
    }

    @Override
    public void install(TorModel model) {
        model.commands().register("USEFEATURE", CommandSyntax.anyPositional(), this::useFeature);
        model.commands().register("TAKEOWNERSHIP", CommandSyntax.anyPositional(), (ctx, args) -> {
            ctx.session().attribute(Ownership.class, Ownership::new).owning = true;
            ctx.replyOk();
        });
        model.commands().register("DROPOWNERSHIP", CommandSyntax.anyPositional(), (ctx, args) -> {
            ctx.session().attribute(Ownership.class, Ownership::new).owning = false;
            ctx.replyOk();
        });
        model.commands().register("SETROUTERPURPOSE", CommandSyntax.anyPositional(),
                (ctx, args) -> ctx.reply(511, ctx.keywordAsTyped().toUpperCase(java.util.Locale.ROOT) + " is obsolete."));
        model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void closed(ControlSession s) {
                if (s.attribute(Ownership.class, Ownership::new).owning) {
                    onOwnerGone.run();
                }
            }
        });
    }

    private void useFeature(CommandContext ctx, ParsedArguments args) {
        for (ByteString f : args.positional()) {
            if (!f.equalsIgnoreCase("VERBOSE_NAMES") && !f.equalsIgnoreCase("EXTENDED_EVENTS")) {
                ctx.reply(552, "Unrecognized feature \"" + f.latin1() + "\"");
                return;
            }
        }
        ctx.replyOk();
    }
}
