package org.torconformance.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.conformance.run.RunContext;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.conformance.target.Daemon;
import org.torconformance.conformance.target.DaemonTarget;
import org.torconformance.conformance.target.Target;
import org.torconformance.wire.ByteString;

/**
 * One scenario's state, shared by the step classes (picocontainer makes one per scenario): the
 * target under test, the mock a client target faces, the library instance, or the raw client and
 * daemon a daemon target gives.
 */
public final class World {
    MockTor mock;
    /** How the mock wants controllers to authenticate ({@code none}, {@code cookie}, {@code password:SECRET}). */
    String mockAuth = "none";
    /** Answers the library's SETEVENTS (the mock's model may not); cases refuse names through it. */
    SubscriptionAnswers subscriptions;
    Controller controller;
    Daemon daemon;
    RawControlClient raw;
    /** Canned answers the scenario gave before the controller connected, applied once it has. */
    final List<Map.Entry<String, ByteString>> cannedAfterConnect = new ArrayList<>();
    /** The last thing an operation returned, or the error it raised. */
    Object lastResult;
    RuntimeException lastError;

    RunContext run() {
        return RunContext.current();
    }

    Target target() {
        return run().target();
    }

    ClientTarget clientTarget() {
        if (target() instanceof ClientTarget c) {
            return c;
        }
        throw new IllegalStateException("this step needs a client target, the run's target is " + target().name());
    }

    DaemonTarget daemonTarget() {
        if (target() instanceof DaemonTarget d) {
            return d;
        }
        throw new IllegalStateException("this step needs a daemon target, the run's target is " + target().name());
    }

    MockTor mock() {
        if (mock == null) {
            throw new IllegalStateException("no mock started: add 'Given a mock tor' to the scenario");
        }
        return mock;
    }

    Controller controller() {
        if (controller == null) {
            throw new IllegalStateException("no controller: add 'When the controller connects' to the scenario");
        }
        return controller;
    }

    RawControlClient raw() {
        if (raw == null) {
            throw new IllegalStateException("no raw client: add 'When the client connects' to the scenario");
        }
        return raw;
    }

    Optional<RuntimeException> error() {
        return Optional.ofNullable(lastError);
    }

    /**
     * Runs one library operation. What the library returns or the error it reports is kept for the
     * Then steps; a hang or a missing API ends the case at once (HANG, UNIMPLEMENTED).
     */
    void call(Supplier<Object> op) {
        lastResult = null;
        lastError = null;
        try {
            lastResult = op.get();
        } catch (Hang | Unimplemented e) {
            throw e;
        } catch (LibraryError e) {
            lastError = e;
        }
    }

    void run(Runnable op) {
        call(() -> {
            op.run();
            return null;
        });
    }

    /** The last operation's result; a library failure here fails the case with the library's message. */
    <T> T result(Class<T> type) {
        if (lastError != null) {
            throw new AssertionError("expected the library to succeed, it failed: " + lastError.getMessage());
        }
        if (lastResult == null) {
            throw new AssertionError("expected the library to return a " + type.getSimpleName() + ", it returned nothing");
        }
        if (!type.isInstance(lastResult)) {
            throw new AssertionError("expected the library to return a " + type.getSimpleName() + ", it returned " + lastResult);
        }
        return type.cast(lastResult);
    }
}
