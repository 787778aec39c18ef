package org.torconformance.conformance.steps;

import java.util.function.Supplier;

/** Assertions of the SOCKS steps: an {@link AssertionError} whose message says expected vs observed. */
final class Expect {
    private Expect() {
    }

    static void that(boolean ok, Supplier<String> expectedVsObserved) {
        if (!ok) {
            throw new AssertionError(expectedVsObserved.get());
        }
    }
}
