package org.torconformance.wire.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/** The ordered arguments of an event after its fixed fields; order is kept so bytes round-trip. */
public record EventArgs(List<EventArg> list) {
    public static final EventArgs NONE = new EventArgs(List.of());

    public EventArgs {
        list = List.copyOf(list);
    }

    static EventArgs of(List<ByteString> tokens) {
        List<EventArg> args = new ArrayList<>(tokens.size());
        for (ByteString t : tokens) {
            args.add(EventArg.classify(t));
        }
        return new EventArgs(args);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The decoded value of the first argument named {@code key} (case-sensitive, as tor writes them). */
    public Optional<ByteString> value(String key) {
        return keyword(key).map(EventArg.Keyword::value);
    }

    public Optional<String> string(String key) {
        return value(key).map(ByteString::latin1);
    }

    public Optional<EventArg.Keyword> keyword(String key) {
        for (EventArg a : list) {
            if (a instanceof EventArg.Keyword k && k.key().contentEquals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return keyword(key).isPresent();
    }

    /** A comma-separated keyword value as a list (empty when absent or empty). */
    public List<String> list(String key) {
        return string(key).filter(s -> !s.isEmpty()).map(s -> List.of(s.split(",", -1))).orElse(List.of());
    }

    /** Positional arguments, in order (old path forms, tor's malformed tokens, future fields). */
    public List<EventArg.Positional> positionals() {
        return list.stream().filter(a -> a instanceof EventArg.Positional).map(a -> (EventArg.Positional) a).toList();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    void encode(ByteStringBuilder out) {
        for (EventArg a : list) {
            out.append(' ');
            a.encode(out);
        }
    }

    public static final class Builder {
        private final List<EventArg> args = new ArrayList<>();

        public Builder positional(String raw) {
            args.add(EventArg.Positional.of(raw));
            return this;
        }

        public Builder bare(String key, String value) {
            args.add(EventArg.Keyword.bare(key, value));
            return this;
        }

        /** Adds {@code key=value} only when the value is present. */
        public Builder bare(String key, Optional<String> value) {
            value.ifPresent(v -> bare(key, v));
            return this;
        }

        public Builder quoted(String key, ByteString value) {
            args.add(EventArg.Keyword.quoted(key, value));
            return this;
        }

        public Builder quoted(String key, String latin1) {
            return quoted(key, ByteString.latin1(latin1));
        }

        public Builder arg(EventArg arg) {
            args.add(arg);
            return this;
        }

        public Builder all(EventArgs more) {
            args.addAll(more.list());
            return this;
        }

        public EventArgs build() {
            return new EventArgs(args);
        }
    }
}
