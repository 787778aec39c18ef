package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.control.CommandContext;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * GETCONF as tor's {@code handle_control_getconf} answers it: a line per value, in the option's
 * canonical case; the bare name when it has no value; only 552 lines if any key is unknown. Tor
 * recognizes a key through its aliases, but fetches the value by the key as typed, so an alias
 * ({@code MaxConn}) answers with the bare name of its option ({@code ConnLimit}) even when it is set.
 */
final class GetConfCommand {
    static final CommandSyntax SYNTAX = CommandSyntax.anyPositional();

    private GetConfCommand() {
    }

    static void handle(CommandContext ctx, ParsedArguments args) {
        Configuration config = Configuration.of(ctx.model());
        OptionTable table = config.state().table();
        List<String> answers = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ByteString key : args.positional()) {
            String q = key.latin1();
            Optional<OptionDef> recognized = table.resolve(q);
            if (recognized.isEmpty()) {
                unknown.add("Unrecognized configuration key \"" + q + "\"");
                continue;
            }
            List<ConfigLine> lines = table.find(q).map(d -> config.state().lines(d)).orElse(List.of());
            if (lines.isEmpty()) {
                answers.add(recognized.get().name());
            }
            lines.forEach(l -> answers.add(l.key() + "=" + l.writtenValue()));
        }
        if (!unknown.isEmpty()) {
            ctx.reply(lines(552, unknown));
        } else if (!answers.isEmpty()) {
            ctx.reply(lines(250, answers));
        } else {
            ctx.replyOk();
        }
    }

    static Reply lines(int status, List<String> texts) {
        Reply.Builder b = Reply.builder();
        for (int i = 0; i < texts.size() - 1; i++) {
            b.mid(status, texts.get(i));
        }
        return b.end(status, texts.get(texts.size() - 1));
    }
}
