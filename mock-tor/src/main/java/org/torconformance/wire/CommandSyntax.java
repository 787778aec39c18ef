package org.torconformance.wire;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How tor's generic argument parser treats one command ({@code control_cmd_syntax_t}): how many
 * positional arguments it takes, whether the rest of the line is read as keyword arguments (and
 * with which {@link KvLine} rules and names), and whether it wants a data body.
 *
 * @param maxArgs {@link #UNBOUNDED} for no limit
 * @param allowedKeywords empty when any keyword is accepted
 */
public record CommandSyntax(int minArgs, int maxArgs, boolean acceptKeywords, Set<KvLine.Flag> kvFlags,
                            Optional<List<String>> allowedKeywords, boolean wantBody) {
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public CommandSyntax {
        kvFlags = kvFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kvFlags));
        allowedKeywords = allowedKeywords.map(List::copyOf);
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException("bad argument bounds " + minArgs + ".." + maxArgs);
        }
    }

    /** Positional arguments only. */
    public static CommandSyntax positional(int min, int max) {
        return new CommandSyntax(min, max, false, Set.of(), Optional.empty(), false);
    }

    public static CommandSyntax anyPositional() {
        return positional(0, UNBOUNDED);
    }

    public CommandSyntax withKeywords(Set<KvLine.Flag> flags, String... allowed) {
        return new CommandSyntax(minArgs, maxArgs, true, flags,
                allowed.length == 0 ? Optional.empty() : Optional.of(List.of(allowed)), wantBody);
    }

    public CommandSyntax withBody() {
        return new CommandSyntax(minArgs, maxArgs, acceptKeywords, kvFlags, allowedKeywords, true);
    }
}
