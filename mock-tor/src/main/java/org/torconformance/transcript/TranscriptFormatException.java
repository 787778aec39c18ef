package org.torconformance.transcript;

/** A transcript file that does not follow the format; the message names the line. */
public final class TranscriptFormatException extends IllegalArgumentException {
    public TranscriptFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
    }
}
