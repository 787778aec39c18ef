package org.torconformance.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CommandSyntax;

/**
 * Tor's command table: names (with the {@code +} of multi-line commands) matched
 * case-insensitively, each with its argument syntax and handler.
 */
public final class CommandTable {
    public record Entry(String name, CommandSyntax syntax, CommandHandler handler) {
    }

    private final Map<String, Entry> byUpperName = new LinkedHashMap<>();

    public void register(String name, CommandSyntax syntax, CommandHandler handler) {
        Entry previous = byUpperName.put(name.toUpperCase(java.util.Locale.ROOT), new Entry(name, syntax, handler));
        if (previous != null) {
            throw new IllegalStateException("command registered twice: " + name);
        }
    }

    /** Tor compares the keyword with {@code strcasecmp}, so only bytes before a NUL count. */
    public Optional<Entry> lookup(ByteString keyword) {
        int nul = keyword.indexOf(0);
        ByteString k = nul < 0 ? keyword : keyword.slice(0, nul);
        return Optional.ofNullable(byUpperName.get(k.toUpperAscii()));
    }

    public List<String> names() {
        return byUpperName.values().stream().map(Entry::name).toList();
    }
}
