package org.torconformance.conformance.target;

import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.run.Timeouts;

/** A controller library. Each case gets a fresh instance; one that hung is discarded. */
public non-sealed interface ClientTarget extends Target {
    Controller newController(Timeouts timeouts);
}
