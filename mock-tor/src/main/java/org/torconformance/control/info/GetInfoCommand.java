package org.torconformance.control.info;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.InfoRegistry;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.ParsedArguments;

/**
 * GETINFO as {@code handle_control_getinfo}: every key is asked of the {@link InfoRegistry} in
 * order; a key-specific failure answers the whole command with one {@code 551} line at once; if
 * any key was unknown only the {@code 552} lines are written; otherwise one line per key (echoed
 * as sent) and {@code 250 OK}.
 *
 * <p>Without tor quirks the two malformed outputs become well-formed: an unknown key holding a CR
 * is quoted as tor quotes strings elsewhere ({@code 552 Unrecognized key "ver\rsion"}) instead
 * of turning its line into a data block with no end line, and a known key that tor's kvline
 * encoder refuses is echoed instead of {@code (null)}.
 */
final class GetInfoCommand implements CommandHandler {
    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        boolean quirks = ctx.model().settings().torQuirks();
        InfoRegistry registry = ctx.model().info();
        List<ReplyLines.Line> answers = new ArrayList<>();
        List<ReplyLines.Line> unrecognized = new ArrayList<>();
        for (ByteString key : args.positional()) {
            InfoRegistry.Answer answer = registry.answer(key.latin1(), ctx.session());
            if (answer instanceof InfoRegistry.Failure f) {
                ctx.reply(551, f.message());
                return;
            } else if (answer instanceof InfoRegistry.Value v) {
                answers.add(ReplyLines.Line.keyValue(250, key, v.value()));
            } else if (answer instanceof InfoRegistry.Refused r) {
                unrecognized.add(ReplyLines.Line.message(552, r.message()));
            } else {
                unrecognized.add(ReplyLines.Line.message(552, unrecognizedKey(key, quirks)));
            }
        }
        answers.add(ReplyLines.Line.message(250, "OK"));
        ctx.writeRaw(ReplyLines.encode(unrecognized.isEmpty() ? answers : unrecognized, quirks));
    }

    private static ByteString unrecognizedKey(ByteString key, boolean quirks) {
        ByteString shown = !quirks && key.contains('\r')
                ? EscForLog.escape(key)
                : ByteString.concat(ByteString.latin1("\""), key, ByteString.latin1("\""));
        return ByteString.concat(ByteString.latin1("Unrecognized key "), shown);
    }
}
