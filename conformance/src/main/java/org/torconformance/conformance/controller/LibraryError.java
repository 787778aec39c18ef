package org.torconformance.conformance.controller;

import java.util.OptionalInt;

/**
 * The library reported a failure: an exception it threw, or an error reply it surfaced.
 * {@code status} is the reply code when the library exposed one.
 */
public final class LibraryError extends RuntimeException {
    private final String type;
    private final OptionalInt status;

    public LibraryError(String type, OptionalInt status, String message) {
        super(type + (status.isPresent() ? " (" + status.getAsInt() + ")" : "") + ": " + message);
        this.type = type;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public OptionalInt status() {
        return status;
    }
}
