package org.torconformance.transcript;

import java.util.List;
import java.util.Optional;

/**
 * A scripted conversation on one control connection: what the client is expected to send, what
 * the server sends back (replies, events, data blocks, raw bytes), pauses and faults. The text form
 * is documented in fixtures/README.md; {@link TranscriptParser} and {@link TranscriptWriter}
 * round-trip it.
 *
 * @param unexpected what happens to commands the transcript does not expect
 * @param auth       informational: the authentication the transcript was recorded with
 */
public record Transcript(Optional<String> title, Unexpected unexpected, Optional<String> auth, List<Step> steps) {
    public Transcript {
        steps = List.copyOf(steps);
    }

    public enum Unexpected {
        /** The mock's model answers, as a real tor would. */
        MODEL,
        /** {@code 510 Unrecognized command}. */
        REJECT,
        /** The connection is closed. */
        CLOSE;

        public String word() {
            return switch (this) {
                case MODEL -> "model";
                case REJECT -> "510";
                case CLOSE -> "close";
            };
        }
    }

    public static Transcript of(List<Step> steps) {
        return new Transcript(Optional.empty(), Unexpected.MODEL, Optional.empty(), steps);
    }

    public static Transcript parse(String text) {
        return TranscriptParser.parse(text);
    }

    public String write() {
        return TranscriptWriter.write(this);
    }
}
