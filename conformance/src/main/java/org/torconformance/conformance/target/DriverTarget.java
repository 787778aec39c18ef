package org.torconformance.conformance.target;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.driver.DriverController;
import org.torconformance.conformance.driver.DriverCrashed;
import org.torconformance.conformance.driver.DriverHello;
import org.torconformance.conformance.driver.DriverMessage;
import org.torconformance.conformance.driver.DriverProcess;
import org.torconformance.conformance.driver.DriverReply;
import org.torconformance.conformance.driver.DriverSpec;
import org.torconformance.conformance.run.Timeouts;

/**
 * A library behind a driver process (a line of conformance/drivers.conf). The process is started
 * and greeted when the target is created, so a missing library stops the run before any case; it
 * is reused across cases (each connects and closes) and replaced after a hang or a crash.
 */
public final class DriverTarget implements ClientTarget {
    /** Starting python and importing twisted takes well under a second; this bound is for slow CI. */
    static final Duration START_BOUND = Duration.ofSeconds(30);

    private final DriverSpec spec;
    private final DriverHello hello;
    private DriverProcess process;

    public DriverTarget(DriverSpec spec) {
        this.spec = spec;
        this.process = start(spec);
        this.hello = greet(process);
    }

    private static DriverProcess start(DriverSpec spec) {
        try {
            return DriverProcess.start(spec);
        } catch (IOException e) {
            throw new TargetUnavailable("cannot start the " + spec.name() + " driver (" + spec.commandLine() + "): " + e.getMessage());
        }
    }

    private DriverHello greet(DriverProcess p) {
        DriverReply reply;
        try {
            reply = p.request("hello", DriverMessage.JSON.createObjectNode(), START_BOUND);
        } catch (TimeoutException e) {
            p.kill("no hello");
            throw new TargetUnavailable("the " + spec.name() + " driver did not answer hello within " + START_BOUND.toSeconds() + " s"
                    + p.stderrSummary());
        } catch (DriverCrashed e) {
            throw new TargetUnavailable(e.getMessage());
        }
        if (reply instanceof DriverReply.Failed f) {
            p.close();
            throw new TargetUnavailable("target " + spec.name() + ": " + f.message());
        }
        if (!(reply instanceof DriverReply.Ok ok)) {
            p.close();
            throw new TargetUnavailable("the " + spec.name() + " driver does not implement hello");
        }
        DriverHello h = DriverHello.of(ok.result());
        if (h.protocol() != DriverHello.PROTOCOL) {
            p.close();
            throw new TargetUnavailable("the " + spec.name() + " driver speaks protocol " + h.protocol() + "; the suite speaks "
                    + DriverHello.PROTOCOL);
        }
        return h;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String description() {
        return hello.library() + " " + hello.version() + " (driver: " + spec.commandLine() + ")";
    }

    public DriverHello hello() {
        return hello;
    }

    @Override
    public synchronized Controller newController(Timeouts timeouts) {
        if (!process.isAlive()) {
            process.close();
            process = start(spec);
            greet(process);
        }
        return new DriverController(process, hello.library(), timeouts.step());
    }

    /** The running driver's pid (tests check that a hang replaced it). */
    public synchronized long pid() {
        return process.pid();
    }

    @Override
    public synchronized void close() {
        process.close();
    }
}
