package org.torconformance.bench;

import org.torconformance.MockTor;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;

/** Milliseconds from "start" to the first reply (PROTOCOLINFO) for each way of running a control port. */
final class StartupBench {
    private StartupBench() {
    }

    /** In a fresh JVM, as the first test of a suite pays it (class loading included, JVM boot excluded). */
    static double embeddedCold() {
        try (JavaProcess p = JavaProcess.mainClass(EmbeddedStart.class)) {
            return Long.parseLong(p.awaitLine("cold-nanos")) / 1e6;
        }
    }

    /** In this JVM, once the classes are loaded: what every later test pays. */
    static double embeddedWarm() {
        long t0 = System.nanoTime();
        try (MockTor mock = MockTor.start(); BenchClient c = BenchClient.connect(mock.controlPort())) {
            c.command("PROTOCOLINFO");
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** {@code java -jar mock-tor.jar --control-port 0}: JVM boot included. */
    static double standaloneJar() {
        long t0 = System.nanoTime();
        try (JavaProcess p = JavaProcess.standaloneMock(JavaProcess.jar());
             BenchClient c = BenchClient.connect(Integer.parseInt(p.awaitLine("control-port")))) {
            c.command("PROTOCOLINFO");
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    static double liveTor() {
        long t0 = System.nanoTime();
        try (LiveTor tor = LiveTor.builder().auth(ControlAuth.none()).start(); BenchClient c = BenchClient.connect(tor.controlPort())) {
            c.command("PROTOCOLINFO");
            return (System.nanoTime() - t0) / 1e6;
        }
    }
}
