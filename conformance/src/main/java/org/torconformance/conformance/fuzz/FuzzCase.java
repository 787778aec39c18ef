package org.torconformance.conformance.fuzz;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;

/**
 * One generated conversation for a client: the events the library subscribes to, then a run of
 * GETINFO exchanges, each answered by a generated reply with events interleaved before it, and
 * possibly split across TCP writes. What the library must return follows from the generated
 * values: see {@link ClientProperties}.
 */
public record FuzzCase(List<String> subscribed, List<Exchange> exchanges, List<ByteString> trailingEvents) {
    public FuzzCase {
        subscribed = List.copyOf(subscribed);
        exchanges = List.copyOf(exchanges);
        trailingEvents = List.copyOf(trailingEvents);
    }

    /** A GETINFO of {@code values.keySet()} answered with {@code reply}, after {@code eventsBefore}. */
    public record Exchange(List<Entry> entries, List<ByteString> eventsBefore, Reply reply, Split split) {
        public Exchange {
            entries = List.copyOf(entries);
            eventsBefore = List.copyOf(eventsBefore);
        }

        public List<String> keys() {
            return entries.stream().map(Entry::key).toList();
        }
    }

    /** One GETINFO key and its value as the library must return it (a data block's trailing newline is optional). */
    public record Entry(String key, String value, boolean dataBlock) {
    }

    /** How the server's bytes for one exchange reach the client: one write, split at a byte, or sliced. */
    public record Split(int at, int slices) {
        public static final Split NONE = new Split(-1, 0);
    }

    public int eventCount() {
        return exchanges.stream().mapToInt(e -> e.eventsBefore().size()).sum() + trailingEvents.size();
    }
}
