package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * Bytes to send, with slots for credentials that only the running target knows: {@code \(cookie)}
 * (the cookie as hex) and {@code \(safecookie)} (the SAFECOOKIE client hash for the last
 * AUTHCHALLENGE on this connection). Each slot sits at a byte offset and is filled in per target.
 */
public record Payload(ByteString bytes, List<Slot> slots) {
    public static final Set<String> SLOT_NAMES = Set.of("cookie", "safecookie");

    public record Slot(int offset, String name) {
        public Slot {
            if (!SLOT_NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown \\(" + name + "), known: \\(cookie) \\(safecookie)");
            }
        }
    }

    public Payload {
        slots = List.copyOf(slots);
    }

    public static Payload of(ByteString bytes) {
        return new Payload(bytes, List.of());
    }

    public Payload append(Payload more) {
        List<Slot> all = new ArrayList<>(slots);
        more.slots.forEach(s -> all.add(new Slot(s.offset() + bytes.length(), s.name())));
        return new Payload(ByteString.concat(bytes, more.bytes), all);
    }

    public ByteString resolve(Function<String, ByteString> values) {
        if (slots.isEmpty()) {
            return bytes;
        }
        ByteStringBuilder out = new ByteStringBuilder(bytes.length() + 64 * slots.size());
        int at = 0;
        for (Slot s : slots) {
            out.append(bytes.slice(at, s.offset())).append(values.apply(s.name()));
            at = s.offset();
        }
        return out.append(bytes.slice(at)).build();
    }
}
