package org.torconformance.cli.dropin;

import java.time.Duration;
import org.torconformance.control.ControlModule;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/**
 * The drop-in tor's bootstrap: from {@code starting} to {@code done} on a timer, each phase logged
 * as tor logs it and published as a {@code STATUS_CLIENT BOOTSTRAP} event, with
 * {@code ENOUGH_DIR_INFO} before 75% and {@code CIRCUIT_ESTABLISHED} after 100%, as tor orders them.
 * With {@code DisableNetwork 1} it waits at 0% until a controller sets DisableNetwork 0. Answers
 * {@code GETINFO status/bootstrap-phase} unless another module already does. Reactor thread only.
 */
public final class Bootstrap implements ControlModule {
    private final TorLog log;
    private final Duration firstStep;
    private final Duration step;
    private TorModel model;
    private BootstrapPhase phase = BootstrapPhase.STARTING;
    private boolean started;
    private boolean stepPending;

    /**
     * @param firstStep the wait at 0% (tor waits about a second before its first connection)
     * @param step      the wait between later phases
     */
    public Bootstrap(TorLog log, Duration firstStep, Duration step) {
        this.log = log;
        this.firstStep = firstStep;
        this.step = step;
    }

    @Override
    public void install(TorModel m) {
        this.model = m;
        m.putPart(Bootstrap.class, this);
        org.torconformance.control.events.Bootstrap.of(m).drivenElsewhere();
        try {
            m.info().key("status/bootstrap-phase", "The last bootstrap status event.",
                    (key, session) -> InfoRegistry.Value.of(phase.statusText()));
        } catch (IllegalStateException alreadyAnswered) {
            // a status module owns the key
        }
        m.config().addListener((option, oldValues, newValues) -> {
            if (option.equalsIgnoreCase("DisableNetwork")) {
                disableNetworkChanged();
            }
        });
    }

    public BootstrapPhase phase() {
        return phase;
    }

    /** Logs 0% and starts the clock; call on the reactor once the listeners are announced. */
    public void start() {
        started = true;
        announce();
        log.notice("Starting with guard context \"default\"");
        if (networkDisabled()) {
            log.notice("Delaying directory fetches: DisableNetwork is set.");
        } else {
            schedule(firstStep);
        }
    }

    private void disableNetworkChanged() {
        if (networkDisabled()) {
            log.notice("DisableNetwork is set. Tor will not make or accept non-control network connections. "
                    + "Shutting down all existing connections.");
        } else if (started) {
            schedule(step);
        }
    }

    private boolean networkDisabled() {
        return model.config().bool("DisableNetwork");
    }

    private void schedule(Duration delay) {
        if (stepPending || phase.isLast()) {
            return;
        }
        stepPending = true;
        model.reactor().schedule(delay, this::advance);
    }

    private void advance() {
        stepPending = false;
        if (networkDisabled() || phase.isLast()) {
            return;
        }
        phase = phase.next();
        announce();
        if (!phase.isLast()) {
            schedule(step);
        }
    }

    /** On stdout here; the events module's Bootstrap writes the events (ENOUGH_DIR_INFO, CIRCUIT_ESTABLISHED too). */
    private void announce() {
        log.notice(phase.logMessage());
        org.torconformance.control.events.Bootstrap.of(model)
                .reach(org.torconformance.control.events.BootstrapPhase.valueOf(phase.name()));
    }
}
