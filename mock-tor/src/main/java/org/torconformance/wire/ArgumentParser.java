package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tor's generic command-argument parser ({@code control_cmd_parse_args}). Failures carry tor's
 * reason text; the control port answers them as {@code 512 Bad arguments to <CMD>: <reason>}.
 */
public final class ArgumentParser {
    private ArgumentParser() {
    }

    public sealed interface Result {
    }

    public record Parsed(ParsedArguments arguments) implements Result {
    }

    public record Failed(String reason) implements Result {
    }

    public static Result parse(Command command, CommandSyntax syntax) {
        if (syntax.wantBody() && command.body().map(ByteString::isEmpty).orElse(true)) {
            return new Failed("Empty body");
        }
        if (!syntax.wantBody() && command.body().map(b -> !b.isEmpty()).orElse(false)) {
            return new Failed("Unexpected body");
        }
        ByteString line = truncateAtNul(command.arguments());
        long pieces = syntax.maxArgs() == CommandSyntax.UNBOUNDED ? 0 : (long) syntax.maxArgs() + 1;
        List<ByteString> args = splitOnSpace(line, pieces);
        int n = args.size();
        if (n < syntax.minArgs()) {
            return new Failed("Need at least " + syntax.minArgs() + " argument(s)");
        }
        if (n > syntax.maxArgs() && !syntax.acceptKeywords()) {
            return new Failed("Cannot accept more than " + syntax.maxArgs() + " argument(s)");
        }
        List<KvLine.Entry> keywords = List.of();
        if (n > syntax.maxArgs()) {
            ByteString remainder = args.remove(n - 1);
            try {
                keywords = KvLine.parse(remainder, syntax.kvFlags());
            } catch (WireFormatException e) {
                return new Failed("Cannot parse keyword argument(s)");
            }
            if (syntax.allowedKeywords().isPresent()) {
                for (KvLine.Entry e : keywords) {
                    if (syntax.allowedKeywords().get().stream().noneMatch(k -> e.key().equalsIgnoreCase(k))) {
                        return new Failed("Unrecognized keyword argument " + EscForLog.escape(e.key()).latin1());
                    }
                }
            }
        }
        return new Parsed(new ParsedArguments(args, keywords, syntax.wantBody() ? command.body() : Optional.empty()));
    }

    /** C string functions see only the bytes before the first NUL. */
    static ByteString truncateAtNul(ByteString s) {
        int nul = s.indexOf(0);
        return nul < 0 ? s : s.slice(0, nul);
    }

    /**
     * Tor's {@code smartlist_split_string(…, " ", SPLIT_SKIP_SPACE|SPLIT_IGNORE_BLANK, max)}: split
     * on single spaces, trim other whitespace around each piece, drop empty pieces; when {@code max}
     * is positive, the {@code max}-th piece is the whole remainder.
     */
    static List<ByteString> splitOnSpace(ByteString s, long max) {
        List<ByteString> out = new ArrayList<>();
        int cp = 0;
        int n = s.length();
        while (true) {
            while (cp < n && Ascii.isSpace(s.at(cp))) {
                cp++;
            }
            int end;
            if (max > 0 && out.size() == max - 1) {
                end = n;
            } else {
                end = s.indexOf(' ', cp);
                if (end < 0) {
                    end = n;
                }
            }
            int next = end < n ? end + 1 : -1;
            int trimmed = end;
            while (trimmed > cp && Ascii.isSpace(s.at(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed != cp) {
                out.add(s.slice(cp, trimmed));
            }
            if (next < 0) {
                return out;
            }
            cp = next;
        }
    }
}
