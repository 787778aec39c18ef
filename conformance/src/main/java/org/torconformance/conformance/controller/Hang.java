package org.torconformance.conformance.controller;

import java.time.Duration;

/** A library call that did not return within its bound: the case is HANG, the instance is discarded. */
public final class Hang extends RuntimeException {
    public Hang(String library, String operation, Duration bound) {
        super(library + " did not return from " + operation + " within " + bound.toMillis() + " ms");
    }
}
