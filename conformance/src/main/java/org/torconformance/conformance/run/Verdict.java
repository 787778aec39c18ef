package org.torconformance.conformance.run;

/** The outcome of one case on one target, Autobahn-style. */
public enum Verdict {
    /** The target did what the case requires. */
    OK,
    /** A SHOULD was missed. {@code --strict} turns this into FAILED. */
    NON_STRICT,
    /** The case records behaviour without judging it (INFORMATIONAL requirement level). */
    INFORMATIONAL,
    /** The library offers no API for what the case exercises. */
    UNIMPLEMENTED,
    /** A MUST was missed. */
    FAILED,
    /** The target did not finish a step within its bound. */
    HANG,
    /** The harness itself failed; the case says nothing about the target. */
    ERROR;

    public String label() {
        return name().replace('_', '-');
    }

    /** Counts against the run unless baselined. */
    public boolean isFailure(boolean strict) {
        return this == FAILED || this == HANG || (strict && this == NON_STRICT);
    }
}
