package org.torconformance.cli.dropin;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.torconformance.MockTor;
import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.MiscModule;
import org.torconformance.control.TorModel;

/**
 * The first reason for the drop-in tor to stop: SIGTERM or SIGINT, the {@code __OwningControllerProcess}
 * dying, a connection that took ownership closing, or the mock stopping. SIGHUP is logged as tor
 * logs a reload and otherwise ignored (the mock does not re-read its torrc).
 */
final class ExitTriggers implements ControlModule {
    private final CompletableFuture<StopReason> reason = new CompletableFuture<>();
    private final TorLog log;
    private ScheduledExecutorService poller;

    ExitTriggers(TorLog log) {
        this.log = log;
    }

    @Override
    public void install(TorModel model) {
        model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void closed(ControlSession s) {
                if (s.attribute(MiscModule.Ownership.class, MiscModule.Ownership::new).owning()) {
                    reason.complete(new StopReason.OwnerConnectionClosed());
                }
            }
        });
    }

    void watchSignals() {
        // Built now, not in the handler: a jar rebuilt under a running drop-in must not make the
        // handler fail to load a class and leave the process deaf to SIGTERM.
        StopReason term = new StopReason.Signal("TERM");
        StopReason interrupt = new StopReason.Signal("INT");
        Signals.handle(name -> {
            switch (name) {
                case "HUP" -> log.notice("Received reload signal (hup). Reloading config and resetting internal state.");
                case "INT" -> reason.complete(interrupt);
                default -> reason.complete(term);
            }
        }, "TERM", "INT", "HUP");
    }

    /** Tor checks every 15 s; the mock checks more often so that orphans go away quickly. */
    void watchOwner(long pid, Duration every) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mock-tor-owner-watch");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                reason.complete(new StopReason.OwnerProcessGone(pid));
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void watchMock(MockTor mock) {
        mock.stopped().thenRun(() -> reason.complete(new StopReason.MockStopped()));
    }

    StopReason await() {
        StopReason r = reason.join();
        if (poller != null) {
            poller.shutdownNow();
        }
        return r;
    }
}
