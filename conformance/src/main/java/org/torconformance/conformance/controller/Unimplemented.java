package org.torconformance.conformance.controller;

/** The library has no API for the operation: the case is UNIMPLEMENTED for it, not FAILED. */
public final class Unimplemented extends RuntimeException {
    public Unimplemented(String library, String operation) {
        super(library + " has no API for " + operation);
    }

    /** With the reason a driver gave (which form of the operation, which API is missing). */
    public Unimplemented(String library, String operation, String why) {
        super(library + " cannot do " + operation + ": " + why);
    }
}
