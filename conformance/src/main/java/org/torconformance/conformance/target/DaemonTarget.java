package org.torconformance.conformance.target;

import org.torconformance.conformance.run.Timeouts;

/** A control-port server: the mock, or a live tor. */
public non-sealed interface DaemonTarget extends Target {
    /** A daemon configured as asked; the target may reuse one across cases unless the spec is fresh. */
    Daemon daemon(DaemonSpec spec, Timeouts timeouts);

    /** Called after each case: per-case daemons stop here. */
    default void caseFinished() {
    }
}
