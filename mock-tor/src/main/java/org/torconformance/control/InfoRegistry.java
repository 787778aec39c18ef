package org.torconformance.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.torconformance.wire.ByteString;

/**
 * The GETINFO keys the model answers, registered by the modules that own the state behind them.
 * Exact keys are matched first, then prefixes ({@code config/}, {@code ns/id/}), case-sensitively
 * as tor does.
 */
public final class InfoRegistry {
    /** What one key yields: a value, a per-key failure (tor answers the whole GETINFO with it), or nothing. */
    public sealed interface Answer {
    }

    public record Value(ByteString value) implements Answer {
        public static Value of(String latin1) {
            return new Value(ByteString.latin1(latin1));
        }
    }

    /** Tor's key-specific failure: one {@code 551 <message>} line for the whole command. */
    public record Failure(String message) implements Answer {
    }

    /** Tor knows no such key ({@code 552 Unrecognized key}). */
    public record Unknown() implements Answer {
    }

    /** A helper that refuses the key with its own reason: a {@code 552 <message>} line among the unrecognized keys. */
    public record Refused(String message) implements Answer {
    }

    @FunctionalInterface
    public interface Provider {
        Answer answer(String key, ControlSession session);
    }

    /**
     * A documented key for {@code info/names}. A prefix keeps its name as registered (tor lists
     * {@code config/*}, but also {@code hs/client/desc/id*}); info/names appends the {@code *}.
     */
    public record Documented(String name, String description, boolean prefix) {
    }

    private final Map<String, Provider> keys = new LinkedHashMap<>();
    private final Map<String, Provider> prefixes = new LinkedHashMap<>();
    private final List<Documented> documented = new ArrayList<>();

    public void key(String key, String description, Provider provider) {
        if (keys.put(key, provider) != null) {
            throw new IllegalStateException("GETINFO key registered twice: " + key);
        }
        if (description != null) {
            documented.add(new Documented(key, description, false));
        }
    }

    /** {@code prefix} usually ends with "/" (tor's {@code hs/client/desc/id} does not); the provider gets the whole key. */
    public void prefix(String prefix, String description, Provider provider) {
        if (prefixes.put(prefix, provider) != null) {
            throw new IllegalStateException("GETINFO prefix registered twice: " + prefix);
        }
        if (description != null) {
            documented.add(new Documented(prefix, description, true));
        }
    }

    public Answer answer(String key, ControlSession session) {
        Provider p = keys.get(key);
        if (p != null) {
            return p.answer(key, session);
        }
        for (Map.Entry<String, Provider> e : prefixes.entrySet()) {
            if (key.startsWith(e.getKey())) {
                return e.getValue().answer(key, session);
            }
        }
        return new Unknown();
    }

    public List<Documented> documented() {
        return List.copyOf(documented);
    }
}
