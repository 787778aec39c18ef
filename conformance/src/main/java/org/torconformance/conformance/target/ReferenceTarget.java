package org.torconformance.conformance.target;

import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.reference.ReferenceController;
import org.torconformance.conformance.run.Timeouts;

/** The project's own codec as a client target: the control group for properties and fuzzing. */
public final class ReferenceTarget implements ClientTarget {
    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String description() {
        return "tor-conformance's own codec (the reference client)";
    }

    @Override
    public Controller newController(Timeouts timeouts) {
        return new ReferenceController(timeouts.step());
    }
}
