package org.torconformance.control.events;

import java.time.Duration;
import java.time.Instant;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * SIGNAL HALT (TERM, INT) and SHUTDOWN. Tor flushes the {@code 250 OK} and exits at once:
 * commands pipelined behind the signal get no answer and queued events are lost. SHUTDOWN on a
 * relay (an ORPort is configured) first logs that it will stop in ShutdownWaitLength seconds and
 * keeps answering controllers meanwhile; a second SHUTDOWN exits at once. The mock says what tor
 * says but waits at most {@code relayWaitCap} (tor's default wait is 30 s).
 */
final class Shutdown {
    private static final Duration FLUSH_POLL = Duration.ofMillis(5);
    private static final Duration FLUSH_LIMIT = Duration.ofSeconds(2);

    private final TorModel model;
    private final ProcessExit exit;
    private final Duration relayWaitCap;
    private boolean exiting;
    private boolean waitingRelay;

    Shutdown(TorModel model, ProcessExit exit, Duration relayWaitCap) {
        this.model = model;
        this.exit = exit;
        this.relayWaitCap = relayWaitCap;
    }

    void halt() {
        if (exiting) {
            return;
        }
        exiting = true;
        for (ControlSession s : model.sessions()) {
            s.closeAfterFlush();
        }
        Instant giveUp = Instant.now().plus(FLUSH_LIMIT);
        awaitFlushed(giveUp);
    }

    void shutdown() {
        if (!relayMode() || waitingRelay) {
            halt();
            return;
        }
        waitingRelay = true;
        long seconds = shutdownWaitSeconds();
        LogEvents.of(model).notice("Interrupt: we have stopped accepting new connections, and will shut down in "
                + seconds + " seconds. Interrupt again to exit now.");
        Duration wait = Duration.ofSeconds(seconds);
        model.reactor().schedule(wait.compareTo(relayWaitCap) < 0 ? wait : relayWaitCap, this::halt);
    }

    private void awaitFlushed(Instant giveUp) {
        boolean flushed = model.sessions().stream().map(ControlSession::connection)
                .allMatch(c -> c == null || !c.isOpen() || c.pendingOutput() == 0);
        if (flushed || Instant.now().isAfter(giveUp)) {
            exit.exit();
        } else {
            model.reactor().schedule(FLUSH_POLL, () -> awaitFlushed(giveUp));
        }
    }

    private boolean relayMode() {
        return model.config().values("ORPort").stream().map(v -> v.strip().split("\\s+")[0])
                .anyMatch(p -> !p.isEmpty() && !p.equals("0"));
    }

    /** ShutdownWaitLength as a plain number of seconds ({@code 30}, {@code 30 seconds}); tor's default otherwise. */
    private long shutdownWaitSeconds() {
        return model.config().value("ShutdownWaitLength").map(v -> v.strip().split("\\s+")[0])
                .filter(v -> v.matches("\\d{1,9}")).map(Long::parseLong).orElse(30L);
    }
}
