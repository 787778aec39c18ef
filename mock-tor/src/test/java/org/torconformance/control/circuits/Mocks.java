package org.torconformance.control.circuits;

import org.torconformance.MockTor;

/** Mock tors for these tests: seeded, with the stand-in GETINFO/SETEVENTS/SETCONF/SIGNAL. */
public final class Mocks {
    private Mocks() {
    }

    /** A bootstrapped client: consensus, guards, two circuits. */
    public static MockTor bootstrapped() {
        return MockTor.builder().seed(7).start();
    }

    /** As tor started with DisableNetwork 1: no consensus, no circuits. */
    public static MockTor networkDisabled() {
        return MockTor.builder().seed(7).option("DisableNetwork", "1").start();
    }

    public static Controller controller(MockTor tor) {
        return new Controller(tor.controlPort(), "AUTHENTICATE");
    }
}
