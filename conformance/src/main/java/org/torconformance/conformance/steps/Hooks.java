package org.torconformance.conformance.steps;

import io.cucumber.java.After;
import org.torconformance.conformance.target.DaemonTarget;

/** Cleans up after every scenario and hands the case's wire log to the report. */
public final class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @After(order = 0)
    public void cleanUp() {
        StringBuilder log = new StringBuilder();
        if (world.mock != null) {
            log.append(WireLog.of(world.mock.journal()));
        } else if (world.raw != null) {
            log.append(WireLog.ofRaw(world.raw));
        } else if (world.daemon != null && world.daemon.journal().isPresent()) {
            log.append(WireLog.of(world.daemon.journal().get()));
        }
        if (log.length() > 0) { // SOCKS cases hand over their own log from their steps' hooks
            world.run().recordWireLog(log.toString());
        }
        if (world.controller != null) {
            world.controller.close();
        }
        if (world.raw != null) {
            world.raw.close();
        }
        if (world.mock != null) {
            world.mock.close();
        }
        if (world.target() instanceof DaemonTarget d) {
            d.caseFinished();
        }
    }
}
