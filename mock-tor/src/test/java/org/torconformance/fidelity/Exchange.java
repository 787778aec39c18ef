package org.torconformance.fidelity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.torconformance.wire.ByteString;

/**
 * One write to the target and everything that comes back until the connection is quiet.
 *
 * @param lines for {@link Kind#LINE}: the {@code >} line and its {@code |} continuation lines, each
 *              sent with CRLF; for {@link Kind#RAW}: one element, sent exactly
 * @param quiet how long the connection must stay silent to end the response; empty: the default
 */
public record Exchange(Kind kind, List<Payload> lines, Optional<Integer> quiet) {
    public enum Kind { LINE, RAW }

    private static final Payload CRLF = Payload.of(ByteString.latin1("\r\n"));

    public Exchange {
        lines = List.copyOf(lines);
        if (lines.isEmpty() || (kind == Kind.RAW && lines.size() != 1)) {
            throw new IllegalArgumentException(kind + " exchange with " + lines.size() + " lines");
        }
    }

    public static Exchange raw(ByteString bytes) {
        return new Exchange(Kind.RAW, List.of(Payload.of(bytes)), Optional.empty());
    }

    /** What is written, slots still open. */
    public Payload payload() {
        if (kind == Kind.RAW) {
            return lines.get(0);
        }
        Payload p = Payload.of(ByteString.EMPTY);
        for (Payload line : lines) {
            p = p.append(line).append(CRLF);
        }
        return p;
    }

    /** The bytes written to a target whose credentials are {@code slots}. */
    public ByteString bytes(Function<String, ByteString> slots) {
        return payload().resolve(slots);
    }

    /** The bytes written, for exchanges without slots. */
    public ByteString bytes() {
        Payload p = payload();
        if (!p.slots().isEmpty()) {
            throw new IllegalStateException("this exchange has credential slots; use bytes(slots)");
        }
        return p.bytes();
    }

    /** How the exchange reads in a scenario file, for reports. */
    public String text() {
        return Escapes.encode(payload());
    }
}
