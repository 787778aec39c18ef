package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/**
 * {@code 650-CONF_CHANGED} / {@code 650-<Key>=<raw value>} or {@code 650-<Key>} per changed line /
 * {@code 650 OK}. Values are not quoted and may hold spaces; repeated keys appear once per line.
 */
public record ConfChangedEvent(List<Change> changes) implements TorEvent {
    public static final String TYPE = "CONF_CHANGED";

    public ConfChangedEvent {
        changes = List.copyOf(changes);
    }

    /** An absent value means the option was unset ({@code 650-ContactInfo}). */
    public record Change(ByteString key, Optional<ByteString> value) {
        public static Change set(String key, String value) {
            return new Change(ByteString.latin1(key), Optional.of(ByteString.latin1(value)));
        }

        public static Change unset(String key) {
            return new Change(ByteString.latin1(key), Optional.empty());
        }

        static Change parse(ByteString line) {
            int eq = line.indexOf('=');
            return eq < 0 ? new Change(line, Optional.empty()) : new Change(line.slice(0, eq), Optional.of(line.slice(eq + 1)));
        }

        ByteString encode() {
            return value.map(v -> ByteString.concat(key, ByteString.latin1("="), v)).orElse(key);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Reply toReply() {
        Reply.Builder b = Reply.builder().mid(650, TYPE);
        changes.forEach(c -> b.mid(650, c.encode()));
        return b.end(650, "OK");
    }
}
