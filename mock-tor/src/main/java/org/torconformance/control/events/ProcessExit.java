package org.torconformance.control.events;

/** Stops the whole mocked tor, as tor's process exits; MockTor closes itself. Called on the reactor. */
@FunctionalInterface
public interface ProcessExit {
    void exit();
}
