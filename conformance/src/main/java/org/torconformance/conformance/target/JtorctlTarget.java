package org.torconformance.conformance.target;

import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.jtorctl.JtorctlController;
import org.torconformance.conformance.run.Timeouts;

/** info.guardianproject:jtorctl 0.4.5.7, in-process. */
public final class JtorctlTarget implements ClientTarget {
    @Override
    public String name() {
        return "jtorctl";
    }

    @Override
    public String description() {
        return "jtorctl 0.4.5.7 (info.guardianproject, in-process)";
    }

    @Override
    public Controller newController(Timeouts timeouts) {
        return new JtorctlController(timeouts.step());
    }
}
